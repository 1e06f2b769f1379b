package org.passage.visa.file;

/**
 * Where a visa file stands: collected by the applicant, booked at a centre, handed in at the
 * counter (received, passport taken, fee paid and so forwarded to the consulate), decided, and the
 * passport given back.
 */
public enum VisaFileStatus {
    DRAFT, BOOKED, RECEIVED, PASSPORT_TAKEN, FEE_PAID, ISSUED, REFUSED, PASSPORT_RETURNED;

    /** Whether the applicant may still change the file's uploads. */
    public boolean open() {
        return this == DRAFT || this == BOOKED;
    }
}
