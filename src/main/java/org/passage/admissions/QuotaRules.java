package org.passage.admissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.passage.rules.Citation;
import org.passage.rules.Finding;
import org.passage.rules.LocalizedText;
import org.passage.rules.ParameterValue;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.rules.Severity;
import org.springframework.stereotype.Service;

/**
 * The directive's quota and scholarship arithmetic for the admissions workflow: foreign quota
 * (§7.1), the 10% special-group cap (§7.1), quota transfer (§7.7), mid-term pre-acceptances (§7.9)
 * and scholarship semesters (§7.10.2). Each is a pure function of its numbers and the
 * {@code university-admission} parameters in force on the given day, whose citations the findings carry.
 */
@Service
public class QuotaRules {

    /** The outcome of a quota rule: whether the numbers are allowed, the most the rule allows, and why not. */
    public record QuotaCheck(boolean allowed, int limit, List<Finding> findings) {

        public QuotaCheck {
            findings = List.copyOf(findings);
        }

        public boolean hasFinding(String code) {
            return findings.stream().anyMatch(f -> f.code().equals(code));
        }
    }

    /**
     * A proposed move of unfilled foreign-student seats from one programme to another (§7.7). The
     * programmes are named by their rulebook codes (LAW, MEDICINE, OTHER…), so two ordinary
     * programmes of a university may both be OTHER; that they differ is the register's to check.
     *
     * @param receiverForeignQuota the receiving programme's foreign quota before the move
     * @param receiverPreviousOsysQuota the receiving programme's quota in the previous year's ÖSYS guide
     * @param yokDecision whether the YÖK Executive Board decided the move
     */
    public record QuotaTransfer(String fromProgramme, String toProgramme, int seats, int unfilledSeats,
            int receiverForeignQuota, int receiverPreviousOsysQuota, boolean yokDecision) {

        public QuotaTransfer {
            requireCode(fromProgramme, "fromProgramme");
            requireCode(toProgramme, "toProgramme");
            requirePositive(seats, "seats");
            requireNotNegative(unfilledSeats, "unfilledSeats");
            requireNotNegative(receiverForeignQuota, "receiverForeignQuota");
            requireNotNegative(receiverPreviousOsysQuota, "receiverPreviousOsysQuota");
        }
    }

    /** How many semesters the academic scholarship runs, and the parameters it was taken from. */
    public record ScholarshipDuration(int semesters, List<Citation> citations) {

        public ScholarshipDuration {
            citations = List.copyOf(citations);
        }
    }

    static final String QUOTA_OVER_HALF = "QUOTA_OVER_HALF";
    static final String SPECIAL_GROUP_10_PERCENT = "SPECIAL_GROUP_10_PERCENT";
    static final String TRANSFER_NEEDS_YOK = "TRANSFER_NEEDS_YOK";
    static final String TRANSFER_EXCEEDS_UNFILLED = "TRANSFER_EXCEEDS_UNFILLED";
    static final String MID_TERM_OVER_THIRD = "MID_TERM_OVER_THIRD";

    private final Rulebook rulebook;

    QuotaRules(Rulebooks rulebooks) {
        this.rulebook = rulebooks.get(AdmissionAssessments.RULEBOOK);
    }

    /** A programme's foreign quota may not exceed half of its quota in the previous year's ÖSYS guide (§7.1). */
    public QuotaCheck foreignQuota(int foreignQuota, int previousOsysQuota, LocalDate on) {
        requireNotNegative(foreignQuota, "foreignQuota");
        requireNotNegative(previousOsysQuota, "previousOsysQuota");
        ParameterValue percent = param("FOREIGN_QUOTA_MAX_PERCENT", on);
        int limit = share(previousOsysQuota, percent);
        return check(foreignQuota <= limit, limit, QUOTA_OVER_HALF, percent.citation());
    }

    /**
     * In Teaching, Law, Medicine and Dentistry, admissions of blue-card holders, Turkish citizens
     * schooled abroad and Turkish dual citizens may not exceed 10% of the programme's quota (§7.1);
     * other programmes have no such cap.
     */
    public QuotaCheck specialGroup(String programme, int specialGroupAdmissions, int programmeQuota, LocalDate on) {
        requireCode(programme, "programme");
        requireNotNegative(specialGroupAdmissions, "specialGroupAdmissions");
        requireNotNegative(programmeQuota, "programmeQuota");
        if (!specialGroupCapped(programme)) {
            return new QuotaCheck(true, programmeQuota, List.of());
        }
        ParameterValue percent = param("SPECIAL_GROUP_MAX_PERCENT", on);
        int limit = share(programmeQuota, percent);
        return check(specialGroupAdmissions <= limit, limit, SPECIAL_GROUP_10_PERCENT, percent.citation());
    }

    /** Whether the rulebook programme is one of those whose special-group admissions are capped (§7.1). */
    public boolean specialGroupCapped(String programme) {
        return rulebook.list("SPECIAL_GROUP_PROGRAMMES").contains(programme);
    }

    /** Whether an admission on this §7.2.1 basis counts toward the special-group cap (§7.1). */
    public boolean countsTowardSpecialGroup(String basis) {
        return rulebook.list("SPECIAL_GROUP_BASES").contains(basis);
    }

    /**
     * Unfilled seats may move to another programme by the university's boards, keeping the receiver
     * within half of its previous ÖSYS quota; into or out of Law and Medicine only by YÖK decision (§7.7).
     * The limit is the most seats the receiver may hold after the move.
     */
    public QuotaCheck transfer(QuotaTransfer t, LocalDate on) {
        ParameterValue percent = param("TRANSFER_RECEIVER_MAX_PERCENT", on);
        int limit = share(t.receiverPreviousOsysQuota(), percent);
        List<Finding> findings = new ArrayList<>();
        List<String> needYok = rulebook.list("TRANSFER_NEEDS_YOK_PROGRAMMES");
        if ((needYok.contains(t.fromProgramme()) || needYok.contains(t.toProgramme())) && !t.yokDecision()) {
            findings.add(finding(TRANSFER_NEEDS_YOK, percent.citation()));
        }
        if (t.seats() > t.unfilledSeats()) {
            findings.add(finding(TRANSFER_EXCEEDS_UNFILLED, percent.citation()));
        }
        if (t.receiverForeignQuota() + t.seats() > limit) {
            findings.add(finding(QUOTA_OVER_HALF, percent.citation()));
        }
        return new QuotaCheck(findings.isEmpty(), limit, findings);
    }

    /** Mid-term pre-acceptances may not exceed a third of the university's previous-year foreign quota (§7.9). */
    public QuotaCheck midTermPreAcceptances(int preAcceptances, int previousForeignQuota, LocalDate on) {
        requireNotNegative(preAcceptances, "preAcceptances");
        requireNotNegative(previousForeignQuota, "previousForeignQuota");
        ParameterValue divisor = param("MID_TERM_PREACCEPTANCE_DIVISOR", on);
        int limit = previousForeignQuota / ((Long) divisor.value()).intValue();
        return check(preAcceptances <= limit, limit, MID_TERM_OVER_THIRD, divisor.citation());
    }

    /**
     * Scholarship semesters (§7.10.2): the preparatory semesters attended, counted up to
     * {@code SCHOLARSHIP_PREP_SEMESTERS}, plus 8, or 12 in Medicine; with a double major plus 10,
     * or 14 in Medicine.
     */
    public ScholarshipDuration scholarshipSemesters(String programme, int prepSemesters, boolean doubleMajor,
            LocalDate on) {
        requireCode(programme, "programme");
        requireNotNegative(prepSemesters, "prepSemesters");
        boolean medicine = rulebook.list("MEDICINE_PROGRAMMES").contains(programme);
        ParameterValue base = param(doubleMajor
                ? (medicine ? "SCHOLARSHIP_SEMESTERS_DOUBLE_MAJOR_MEDICINE" : "SCHOLARSHIP_SEMESTERS_DOUBLE_MAJOR")
                : (medicine ? "SCHOLARSHIP_SEMESTERS_MEDICINE" : "SCHOLARSHIP_SEMESTERS"), on);
        int semesters = ((Long) base.value()).intValue();
        List<Citation> citations = new ArrayList<>(List.of(base.citation()));
        if (prepSemesters > 0) {
            ParameterValue prep = param("SCHOLARSHIP_PREP_SEMESTERS", on);
            semesters += Math.min(prepSemesters, ((Long) prep.value()).intValue());
            citations.add(prep.citation());
        }
        return new ScholarshipDuration(semesters, citations);
    }

    private ParameterValue param(String name, LocalDate on) {
        return rulebook.parameter(name).requireOn(on);
    }

    /** The largest whole number of seats within {@code percent} of {@code quota}. */
    private static int share(int quota, ParameterValue percent) {
        return (int) (quota * (Long) percent.value() / 100);
    }

    private QuotaCheck check(boolean allowed, int limit, String code, Citation citation) {
        return new QuotaCheck(allowed, limit, allowed ? List.of() : List.of(finding(code, citation)));
    }

    private Finding finding(String code, Citation citation) {
        LocalizedText title = rulebook.vocabulary().get("quotaFinding").get(code);
        return new Finding(code, Severity.BLOCKING, title, citation);
    }

    private static void requireCode(String code, String name) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException(name + " must be an UPPER_SNAKE programme code.");
        }
    }

    private static void requireNotNegative(int n, String name) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must not be negative.");
        }
    }

    private static void requirePositive(int n, String name) {
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be positive.");
        }
    }
}
