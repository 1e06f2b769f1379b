package org.passage.visa;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.passage.rules.Facts;
import org.passage.rules.InvalidRequestException;
import org.passage.rules.InvalidRequestException.FieldProblem;
import org.passage.rules.Rulebook;
import org.passage.visa.GermanVisaRequest.AuPair;
import org.passage.visa.GermanVisaRequest.Child;
import org.passage.visa.GermanVisaRequest.Family;
import org.passage.visa.GermanVisaRequest.Funding;
import org.passage.visa.GermanVisaRequest.LanguageCertificate;
import org.passage.visa.GermanVisaRequest.Scholarship;
import org.passage.visa.GermanVisaRequest.Spouse;

/**
 * Turns a German visa request into the facts the {@code de-national-visa} rulebook declares.
 * Only arithmetic lives here (ages, level ranks, flags over the children); every rule is in the rulebook.
 */
final class VisaFacts {

    /** CEFR levels in order: a level's rank is its position, A1 = 1 … C2 = 6. */
    static final List<String> LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");

    private VisaFacts() {
    }

    /** Checks every code against its vocabulary group; a 400 problem lists every bad field. */
    static void validate(GermanVisaRequest r, Rulebook rb) {
        List<FieldProblem> problems = new ArrayList<>();
        rb.checkCode("category", r.category(), "category", problems);
        if (r.scholarship() != null) {
            rb.checkCode("scholarshipKind", r.scholarship().kind(), "scholarship.kind", problems);
        }
        if (r.funding() != null) {
            rb.checkCode("fundingKind", r.funding().kind(), "funding.kind", problems);
        }
        checkCertificate(rb, r.languageCertificate(), "languageCertificate", problems);
        Spouse spouse = r.family() == null ? null : r.family().spouse();
        if (spouse != null) {
            checkCertificate(rb, spouse.a1Certificate(), "family.spouse.a1Certificate", problems);
            if (spouse.a1Certificate() != null && spouse.a1Certificate().issuedOn() == null) {
                problems.add(new FieldProblem("family.spouse.a1Certificate.issuedOn", "problem.field.a1-issue-date-needed"));
            }
            rb.checkCode("a1Exception", spouse.a1Exception(), "family.spouse.a1Exception", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static void checkCertificate(Rulebook rb, LanguageCertificate c, String field, List<FieldProblem> problems) {
        if (c != null) {
            rb.checkCode("certificateProvider", c.provider(), field + ".provider", problems);
            rb.checkCode("languageLevel", c.level(), field + ".level", problems);
        }
    }

    static Facts of(GermanVisaRequest r, LocalDate date) {
        Facts.Builder f = Facts.builder()
                .string("category", r.category())
                .date("applicant.birthDate", r.applicant().birthDate())
                .integer("applicant.ageYears", ageOn(r.applicant().birthDate(), date))
                .string("applicant.nationality", r.applicant().nationality())
                .bool("applicant.nativeGerman", r.applicant().nativeGerman())
                .integer("stayDays", r.stayDays())
                .decimal("annualSalaryEur", r.annualSalaryEur())
                .date("semesterStart", r.semesterStart());

        Scholarship s = r.scholarship();
        f.bool("scholarship.present", s != null)
                .string("scholarship.kind", s == null ? null : s.kind())
                .decimal("scholarship.monthlyEur", s == null ? null : s.monthlyEur());

        Funding fu = r.funding();
        f.bool("funding.present", fu != null)
                .string("funding.kind", fu == null ? null : fu.kind())
                .decimal("funding.amountEur", fu == null ? null : fu.amountEur());

        LanguageCertificate lc = r.languageCertificate();
        f.bool("languageCertificate.present", lc != null)
                .string("languageCertificate.provider", lc == null ? null : lc.provider())
                .string("languageCertificate.level", lc == null ? null : lc.level())
                .integer("languageCertificate.levelRank", lc == null ? 0 : LEVELS.indexOf(lc.level()) + 1)
                .date("languageCertificate.issuedOn", lc == null ? null : lc.issuedOn());

        Family family = r.family();
        Spouse sp = family == null ? null : family.spouse();
        LanguageCertificate a1 = sp == null ? null : sp.a1Certificate();
        f.bool("family.spouse.present", sp != null)
                .bool("family.spouse.travelling", sp != null && Boolean.TRUE.equals(sp.travelling()))
                .bool("family.spouse.a1Certificate.present", a1 != null)
                .string("family.spouse.a1Certificate.provider", a1 == null ? null : a1.provider())
                .string("family.spouse.a1Certificate.level", a1 == null ? null : a1.level())
                .date("family.spouse.a1Certificate.issuedOn", a1 == null ? null : a1.issuedOn())
                .string("family.spouse.a1Exception", sp == null ? null : sp.a1Exception());

        List<Child> children = family == null ? List.of() : family.childList();
        f.integer("family.childrenCount", children.size())
                .bool("family.children.anyParentsDivorced",
                        children.stream().anyMatch(c -> Boolean.TRUE.equals(c.parentsDivorced())))
                .bool("family.children.anyOtherParentStaysInTurkiye",
                        children.stream().anyMatch(c -> Boolean.TRUE.equals(c.otherParentStaysInTurkiye())));

        AuPair ap = r.auPair();
        f.bool("auPair.present", ap != null)
                .integer("auPair.months", ap == null ? null : ap.months())
                .decimal("auPair.pocketMoneyEur", ap == null ? null : ap.pocketMoneyEur());
        return f.build();
    }

    /** Whole years on the date; 0 for a date before the birth. */
    static int ageOn(LocalDate birthDate, LocalDate date) {
        return birthDate == null || date.isBefore(birthDate) ? 0 : Period.between(birthDate, date).getYears();
    }
}
