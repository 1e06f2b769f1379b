package org.passage.admissions.quota.internal;

import java.math.BigDecimal;

/**
 * A programme's line of the year's register as the boards propose it: the previous year's ÖSYS
 * quota and where it was read (a new programme gives its own ÖSYS quota of this year), the
 * foreign-student quota and the tuition (both parts or neither).
 */
record RegisterEntry(String university, int academicYear, String programme, int previousOsysQuota,
        String osysSource, int foreignQuota, BigDecimal tuitionAmount, String tuitionCurrency, boolean newProgramme) {

    RegisterEntry {
        if (academicYear < 2000 || academicYear > 2200) {
            throw new IllegalArgumentException("an academic year between 2000 and 2200");
        }
        if (previousOsysQuota < 0 || previousOsysQuota > 10000 || foreignQuota < 0 || foreignQuota > 10000) {
            throw new IllegalArgumentException("quotas between 0 and 10000");
        }
        if (osysSource == null || osysSource.isBlank() || osysSource.length() > 300) {
            throw new IllegalArgumentException("the ÖSYS quota needs its source (at most 300 characters)");
        }
        osysSource = osysSource.strip();
        if ((tuitionAmount == null) != (tuitionCurrency == null)
                || (tuitionAmount != null && (tuitionAmount.signum() < 0 || !fitsTheColumn(tuitionAmount)))
                || (tuitionCurrency != null && !tuitionCurrency.matches("[A-Z]{3}"))) {
            throw new IllegalArgumentException("tuition is a non-negative amount with its ISO 4217 currency, or none");
        }
    }

    /** At most ten whole digits once rounded to cents, as the register's NUMERIC(12,2) column keeps. */
    private static boolean fitsTheColumn(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).compareTo(BigDecimal.TEN.pow(10)) < 0;
    }
}
