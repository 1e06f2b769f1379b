package org.passage.visa.file;

/**
 * Where a visa file stands: collected by the applicant, booked at a centre, handed in at the
 * counter (received, passport taken, fee paid and so forwarded to the consulate), further documents
 * asked for and sent, decided, and the passport given back: ready to collect at the centre or sent
 * by courier, then returned.
 */
public enum VisaFileStatus {
    DRAFT, BOOKED, RECEIVED, PASSPORT_TAKEN, FEE_PAID, DOCUMENTS_REQUESTED, DOCUMENTS_SENT, ISSUED, REFUSED,
    PASSPORT_READY, PASSPORT_SENT, PASSPORT_RETURNED;

    /** Whether the applicant may add uploads to the file. */
    public boolean open() {
        return this == DRAFT || this == BOOKED || this == DOCUMENTS_REQUESTED;
    }

    /** Whether the consulate has the file to decide. */
    public boolean withConsulate() {
        return this == FEE_PAID || this == DOCUMENTS_SENT;
    }

    /** Whether the consulate has decided and the passport is on its way back or returned. */
    public boolean decided() {
        return this == ISSUED || this == REFUSED || this == PASSPORT_READY || this == PASSPORT_SENT
                || this == PASSPORT_RETURNED;
    }
}
