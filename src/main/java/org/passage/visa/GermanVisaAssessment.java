package org.passage.visa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.passage.rules.Assessment;

/**
 * What the rules say about one German visa case, plus what follows from them for the file:
 * the visa type, copies and forms, the fee of each person and the foreigners' authority timeline.
 */
public record GermanVisaAssessment(Assessment assessment, VisaType visaType, int copiesPerDocument,
        int applicationForms, List<Fee> fees, Timeline timeline) {

    public enum VisaType {
        NATIONAL, SCHENGEN
    }

    public enum Person {
        APPLICANT, SPOUSE, CHILD
    }

    /** The visa fee of one person travelling; {@code exempt} persons pay nothing. */
    public record Fee(Person person, BigDecimal amountEur, boolean exempt) {
    }

    /**
     * When a decision can come at the earliest, and the last day to hand in a complete file to be in
     * time for the semester ({@code null} without a semester start).
     */
    public record Timeline(long silencePeriodDays, LocalDate earliestDecisionDate, LocalDate latestSafeApplicationDate) {
    }

    public BigDecimal totalFeesEur() {
        return fees.stream().map(Fee::amountEur).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
