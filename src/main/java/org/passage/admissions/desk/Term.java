package org.passage.admissions.desk;

/** The term an intake starts in; mid-term admissions start in the following fall (§7.9). */
public enum Term {
    FALL, SPRING, MID_TERM
}
