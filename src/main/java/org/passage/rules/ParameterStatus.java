package org.passage.rules;

/** How sure a parameter's value for a period is. */
public enum ParameterStatus {
    /** Taken from the official instrument named in the citation, or approved by two administrators. */
    OFFICIAL,
    /** Only seen in secondary sources (named in the note); shown as unverified, never charged as a fee. */
    UNVERIFIED,
    /** No figure is known for the period; the note says why. */
    UNKNOWN
}
