package org.passage.visa.file;

/**
 * Where a visa file stands: collected by the applicant, booked at a centre, handed in at the
 * counter (received, passport taken, fee paid and so forwarded to the consulate), further documents
 * asked for and sent, decided, and the passport given back: ready to collect at the centre or sent
 * by courier, then returned. While the consulate waits out the foreigners' authority's silence period
 * the file is {@code AUTHORITY_CONSULTED}. {@code NO_SHOW} is only ever a step of the timeline: the
 * applicant did not attend, and the file itself is a draft again.
 */
public enum VisaFileStatus {
    DRAFT, BOOKED, RECEIVED, PASSPORT_TAKEN, FEE_PAID, DOCUMENTS_REQUESTED, DOCUMENTS_SENT, ISSUED, REFUSED,
    PASSPORT_READY, PASSPORT_SENT, PASSPORT_RETURNED, AUTHORITY_CONSULTED, NO_SHOW;

    /** Whether the applicant may add uploads to the file. */
    public boolean open() {
        return this == DRAFT || this == BOOKED || this == DOCUMENTS_REQUESTED;
    }

    /** Whether the consulate has the file to decide. */
    public boolean withConsulate() {
        return this == FEE_PAID || this == DOCUMENTS_SENT || this == AUTHORITY_CONSULTED;
    }

    /** Whether the consulate has decided and the passport is on its way back or returned. */
    public boolean decided() {
        return this == ISSUED || this == REFUSED || this == PASSPORT_READY || this == PASSPORT_SENT
                || this == PASSPORT_RETURNED;
    }
}
