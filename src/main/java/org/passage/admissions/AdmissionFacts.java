package org.passage.admissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passage.admissions.AdmissionRequest.Candidate;
import org.passage.admissions.AdmissionRequest.HighSchool;
import org.passage.rules.Facts;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.InvalidRequestException.FieldProblem;
import org.passage.rules.Rulebook;

/**
 * Turns an admission request into the facts the {@code university-admission} rulebook declares.
 * Exams are scored against the exam table here (per-exam arithmetic); every §7.2 and §7.3 rule
 * that decides is in the rulebook.
 */
final class AdmissionFacts {

    static final String TRNC = "CY-TRNC";

    private AdmissionFacts() {
    }

    /** Checks codes, countries and dates; a 400 problem lists every bad field. */
    static void validate(AdmissionRequest r, LocalDate applicationDate, Rulebook rb) {
        List<FieldProblem> problems = new ArrayList<>();
        Candidate c = r.candidate();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.citizenships().size(); i++) {
            String country = c.citizenships().get(i);
            if (!seen.add(country)) {
                problems.add(new FieldProblem("candidate.citizenships[" + i + "]", "problem.field.listed-twice"));
            }
        }
        HighSchool h = c.highSchool();
        rb.checkCode("highSchoolStatus", h.status(), "candidate.highSchool.status", problems);
        rb.checkCode("schoolType", h.schoolType(), "candidate.highSchool.schoolType", problems);
        rb.checkCode("yearsAbroad", h.yearsAbroad(), "candidate.highSchool.yearsAbroad", problems);
        if (h.secondaryStartedOn().isAfter(applicationDate)) {
            problems.add(new FieldProblem("candidate.highSchool.secondaryStartedOn", "problem.field.after-application-date"));
        }
        for (int i = 0; i < r.exams().size(); i++) {
            if (r.exams().get(i).takenOn().isAfter(applicationDate)) {
                problems.add(new FieldProblem("exams[" + i + "].takenOn", "problem.field.after-application-date"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    static Facts of(AdmissionRequest r, ExamResults exams) {
        Candidate c = r.candidate();
        HighSchool h = c.highSchool();
        return Facts.builder()
                .string("programme.code", r.programme().code())
                .bool("programme.hasForeignQuota", r.programme().hasForeignQuota())
                .list("candidate.citizenships", c.citizenships())
                .string("candidate.firstCitizenshipByBirth", c.firstCitizenshipByBirth())
                .bool("candidate.blueCard", c.blueCard())
                .bool("candidate.naturalisedTurkish", c.naturalisedTurkish())
                .bool("candidate.trncResident", c.trncResident())
                .bool("candidate.gceALevel", c.gceALevel())
                .bool("candidate.enrolledAbroadBetween2005And2010", c.enrolledAbroadBetween2005And2010())
                .string("candidate.highSchool.status", h.status())
                .string("candidate.highSchool.country", h.country())
                .string("candidate.highSchool.schoolType", h.schoolType())
                .date("candidate.highSchool.secondaryStartedOn", h.secondaryStartedOn())
                .string("candidate.highSchool.yearsAbroad", h.yearsAbroad())
                .list("exams.qualifyingCodes", exams.qualifying())
                .integer("exams.qualifyingCount", exams.qualifying().size())
                .list("exams.expiredCodes", exams.expired())
                .list("exams.belowMinimumCodes", exams.belowMinimum())
                .list("exams.minimumByUniversityCodes", exams.minimumByUniversity())
                .list("exams.unknownCodes", exams.unknown())
                .build();
    }
}
