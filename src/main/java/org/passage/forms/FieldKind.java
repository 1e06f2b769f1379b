package org.passage.forms;

/** How a question is answered; each kind has one parser in {@link FieldParsers}, the same on every page. */
public enum FieldKind {
    /** Two radios, stored as {@code YES} or {@code NO}. */
    YES_NO,
    /** Three inputs: day, month and year. */
    DATE,
    /** An amount with at most two decimals, written as the page's language writes numbers. */
    MONEY,
    /** A country chosen from the localized country list, stored as its code. */
    COUNTRY,
    /** A whole number, written as the page's language writes numbers. */
    NUMBER,
    /** One of a fixed set of codes, shown as radios. */
    CHOICE,
    /** Free text. */
    TEXT
}
