package org.passage.residence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.passage.residence.ResidencePermitRequest.Applicant;
import org.passage.residence.ResidencePermitRequest.Circumstances;
import org.passage.residence.ResidencePermitRequest.PermitPeriod;
import org.passage.residence.ResidencePermitRequest.Sponsor;
import org.passage.residence.ResidencePermitRequest.Stay;
import org.passage.residence.ResidencePermitRequest.Study;
import org.passage.rules.Facts;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.InvalidRequestException.FieldProblem;
import org.passage.rules.Rulebook;

/**
 * Turns a residence-permit request into the facts the {@code tr-residence} rulebook declares.
 * Only arithmetic lives here (ages, months on permits); every rule is in the rulebook.
 */
final class ResidenceFacts {

    private ResidenceFacts() {
    }

    /** Checks codes and the answers each permit type needs; a 400 problem lists every bad field. */
    static void validate(ResidencePermitRequest r, Rulebook rb) {
        List<FieldProblem> problems = new ArrayList<>();
        rb.checkCode("applicationKind", r.applicationKind(), "applicationKind", problems);
        rb.checkCode("permitType", r.permitType(), "permitType", problems);
        rb.checkCode("shortTermReason", r.reason(), "reason", problems);
        rb.checkCode("studyLevel", r.studyLevel(), "studyLevel", problems);
        rb.checkCode("relationship", r.relationship(), "relationship", problems);
        rb.checkCode("applicantRole", r.applicantRole(), "applicantRole", problems);
        Applicant a = r.applicant();
        rb.checkCode("maritalStatus", a.maritalStatus(), "applicant.maritalStatus", problems);
        rb.checkCode("accommodation", a.accommodation(), "applicant.accommodation", problems);
        rb.checkCode("parentSituation", a.parentSituation(), "applicant.parentSituation", problems);
        rb.checkCode("healthInsurance", a.healthInsurance(), "applicant.healthInsurance", problems);
        rb.checkCode("protectionStatus", a.protectionStatus(), "applicant.protectionStatus", problems);
        if (a.currentPermit() != null) {
            rb.checkCode("permitType", a.currentPermit().type(), "applicant.currentPermit.type", problems);
        }
        List<PermitPeriod> history = a.permitHistory() == null ? List.of() : a.permitHistory();
        for (int i = 0; i < history.size(); i++) {
            PermitPeriod p = history.get(i);
            rb.checkCode("permitType", p.type(), "applicant.permitHistory[" + i + "].type", problems);
            rb.checkCode("shortTermReason", p.reason(), "applicant.permitHistory[" + i + "].reason", problems);
            if (p.to().isBefore(p.from())) {
                problems.add(new FieldProblem("applicant.permitHistory[" + i + "].to", "problem.field.ends-before-start"));
            }
        }
        if (r.study() != null) {
            rb.checkCode("enrolment", r.study().enrolment(), "study.enrolment", problems);
        }
        if (r.sponsor() != null) {
            rb.checkCode("sponsorKind", r.sponsor().kind(), "sponsor.kind", problems);
            rb.checkCode("permitType", r.sponsor().permitType(), "sponsor.permitType", problems);
        }
        if (r.circumstances() != null) {
            rb.checkCode("familyTransferGround", r.circumstances().familyTransferGround(),
                    "circumstances.familyTransferGround", problems);
        }
        String type = r.permitType();
        requireExactlyFor(problems, "SHORT_TERM".equals(type), r.reason(), "reason", "SHORT_TERM");
        requireExactlyFor(problems, "STUDENT".equals(type), r.studyLevel(), "studyLevel", "STUDENT");
        requireExactlyFor(problems, "FAMILY".equals(type), r.relationship(), "relationship", "FAMILY");
        requireExactlyFor(problems, "FAMILY".equals(type), r.sponsor(), "sponsor", "FAMILY");
        boolean continuing = "EXTENSION".equals(r.applicationKind()) || "TRANSFER".equals(r.applicationKind());
        if (continuing && a.currentPermit() == null) {
            problems.add(new FieldProblem("applicant.currentPermit", "problem.field.current-permit-needed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static void requireExactlyFor(List<FieldProblem> problems, boolean needed, Object value, String field,
            String type) {
        if (needed && value == null) {
            problems.add(new FieldProblem(field, "problem.field.required-for-type", type));
        } else if (!needed && value != null) {
            problems.add(new FieldProblem(field, "problem.field.only-for-type", type));
        }
    }

    static Facts of(ResidencePermitRequest r, LocalDate applicationDate) {
        Applicant a = r.applicant();
        Study study = r.study() == null ? new Study(null, null) : r.study();
        Stay stay = r.stay() == null ? new Stay(null, null) : r.stay();
        Circumstances c = r.circumstances() == null
                ? new Circumstances(null, null, null, null, null, null, null, null, null, null, null) : r.circumstances();
        Facts.Builder f = Facts.builder()
                .string("applicationKind", r.applicationKind())
                .string("permitType", r.permitType())
                .string("reason", r.reason())
                .string("studyLevel", r.studyLevel())
                .string("relationship", r.relationship())
                .string("applicantRole", r.applicantRole() == null ? "SELF" : r.applicantRole())
                .date("applicant.birthDate", a.birthDate())
                .integer("applicant.ageYears", ChronoUnit.YEARS.between(a.birthDate(), applicationDate))
                .string("applicant.nationality", a.nationality())
                .string("applicant.maritalStatus", a.maritalStatus())
                .string("applicant.accommodation", a.accommodation())
                .bool("applicant.hostMarried", a.hostMarried())
                .bool("applicant.parentsNotOnPassport", Boolean.FALSE.equals(a.parentsOnPassport()))
                .string("applicant.parentSituation", a.parentSituation())
                .string("applicant.healthInsurance", a.healthInsurance())
                .string("applicant.protectionStatus", a.protectionStatus() == null ? "NONE" : a.protectionStatus())
                .bool("applicant.currentPermit.present", a.currentPermit() != null)
                .string("applicant.currentPermit.type", a.currentPermit() == null ? null : a.currentPermit().type())
                .date("applicant.currentPermit.validUntil",
                        a.currentPermit() == null ? null : a.currentPermit().validUntil())
                .bool("applicant.socialAssistanceLast3Years", a.socialAssistanceLast3Years())
                .integer("applicant.previousTurkishCoursePermits", Math.max(
                        a.previousTurkishCoursePermits() == null ? 0 : a.previousTurkishCoursePermits(),
                        (a.permitHistory() == null ? List.<PermitPeriod>of() : a.permitHistory()).stream()
                                .filter(p -> "TURKISH_COURSE".equals(p.reason())).count()))
                .date("applicant.graduationDate", a.graduationDate())
                .string("applicant.documentsIssuedIn", a.documentsIssuedIn() == null ? a.nationality()
                        : a.documentsIssuedIn())
                .bool("applicant.costsCoveredByPublicBody", a.costsCoveredByPublicBody())
                .string("study.enrolment", study.enrolment())
                .date("study.enrolmentDate", study.enrolmentDate())
                .integer("stay.requestedMonths", stay.requestedMonths())
                .integer("stay.programmeMonths", stay.programmeMonths())
                .bool("circumstances.researchNeedsPermission", c.researchNeedsPermission())
                .bool("circumstances.excavationOrSurvey", c.excavationOrSurvey())
                .bool("circumstances.treatmentCostsPaid", c.treatmentCostsPaid())
                .bool("circumstances.sgkRegisteredExchange", c.sgkRegisteredExchange())
                .string("circumstances.familyTransferGround", c.familyTransferGround())
                .bool("circumstances.domesticViolenceCourtFinding", c.domesticViolenceCourtFinding())
                .bool("circumstances.repeatYear", c.repeatYear())
                .bool("circumstances.dwellingNotUsedAsHome", Boolean.FALSE.equals(c.dwellingUsedAsHome()))
                .bool("circumstances.noStableIncome", Boolean.FALSE.equals(c.stableIncome()))
                .date("circumstances.studyChangeDate", c.studyChangeDate())
                .date("circumstances.cityTransferDate", c.cityTransferDate());
        history(f, a.permitHistory() == null ? List.of() : a.permitHistory(), applicationDate);
        sponsor(f, r.sponsor());
        return f.build();
    }

    /**
     * Months on permits in the latest unbroken chain of permits (a gap of a day or more breaks it),
     * by kind, so the rulebook can weigh student time; plus counts the once-only reasons need.
     */
    private static void history(Facts.Builder f, List<PermitPeriod> history, LocalDate applicationDate) {
        List<PermitPeriod> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(PermitPeriod::from));
        // A permit that starts while an earlier one runs replaces it from that day (a transfer ends the
        // old permit), so overlapping time is counted once, on the newer permit.
        List<PermitPeriod> periods = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            PermitPeriod p = sorted.get(i);
            LocalDate to = p.to();
            if (i + 1 < sorted.size() && !sorted.get(i + 1).from().isAfter(to)) {
                to = sorted.get(i + 1).from().minusDays(1);
            }
            periods.add(new PermitPeriod(p.type(), p.reason(), p.from(), to));
        }
        List<PermitPeriod> chain = new ArrayList<>();
        for (PermitPeriod p : periods) {
            if (!chain.isEmpty() && p.from().isAfter(chain.getLast().to().plusDays(1))) {
                chain.clear();
            }
            chain.add(p);
        }
        long student = 0;
        long other = 0;
        long family = 0;
        for (PermitPeriod p : chain) {
            LocalDate end = p.to().isAfter(applicationDate) ? applicationDate : p.to();
            long months = end.isBefore(p.from()) ? 0 : ChronoUnit.MONTHS.between(p.from(), end.plusDays(1));
            switch (p.type()) {
                case "STUDENT" -> student += months;
                case "FAMILY" -> {
                    family += months;
                    other += months;
                }
                default -> other += months;
            }
        }
        f.integer("permitHistory.studentMonths", student)
                .integer("permitHistory.otherMonths", other)
                .integer("permitHistory.familyMonths", family)
                .integer("permitHistory.postGraduationCount", history.stream()
                        .filter(p -> "POST_GRADUATION".equals(p.reason())).count());
    }

    private static void sponsor(Facts.Builder f, Sponsor s) {
        boolean present = s != null;
        f.bool("sponsor.present", present)
                .string("sponsor.kind", present ? s.kind() : null)
                .decimal("sponsor.monthlyIncomeTry", present ? s.monthlyIncomeTry() : null)
                .integer("sponsor.familyMembersInTurkiye", present ? s.familyMembersInTurkiye() : null)
                .date("sponsor.permitValidUntil", present ? s.permitValidUntil() : null)
                .date("sponsor.onPermitSince", present ? s.onPermitSince() : null)
                .bool("sponsor.convicted", present ? s.convictedOfCrimeAgainstFamilyLast5Years() : null)
                .bool("sponsor.addressNotRegistered", present && Boolean.FALSE.equals(s.addressRegistered()))
                .bool("sponsor.insuranceNotCoveringFamily", present && Boolean.FALSE.equals(s.insuranceCoversFamily()))
                .string("sponsor.permitType", present ? s.permitType() : null)
                .bool("sponsor.hasAnotherSpouseWithFamilyPermit", present ? s.hasAnotherSpouseWithFamilyPermit() : null);
    }
}
