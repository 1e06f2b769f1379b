package org.passage.rules;

/**
 * A document the case needs, with who provides it and why. {@code concerns} says whom it is about
 * when family members apply too; {@code ifApplicable} marks a document needed only when something
 * its text names applies (an earlier marriage, a regulated profession), which a file does not wait
 * for; {@code mayBring} marks a document the applicant may bring to the appointment instead of
 * uploading it (the passport, printed forms, photos).
 */
public record RequiredDocument(String code, LocalizedText title, LocalizedText why, Provider provider,
        boolean onRequest, Legalisation legalisation, Citation citation, Concerns concerns, boolean ifApplicable,
        boolean mayBring) {

    /** A document of the case itself, always needed when its condition holds. */
    public RequiredDocument(String code, LocalizedText title, LocalizedText why, Provider provider,
            boolean onRequest, Legalisation legalisation, Citation citation) {
        this(code, title, why, provider, onRequest, legalisation, citation, Concerns.APPLICANT, false, false);
    }
}
