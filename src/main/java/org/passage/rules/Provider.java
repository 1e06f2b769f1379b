package org.passage.rules;

/** Who hands in a document. */
public enum Provider {
    APPLICANT, SPONSOR
}
