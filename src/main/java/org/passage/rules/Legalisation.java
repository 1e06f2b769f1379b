package org.passage.rules;

/** What a document issued abroad needs before it is accepted. */
public enum Legalisation {
    NONE, APOSTILLE, CONSULAR
}
