package org.passage.rules;

/** A document the case needs, with who provides it and why. */
public record RequiredDocument(String code, LocalizedText title, LocalizedText why, Provider provider,
        boolean onRequest, Legalisation legalisation, Citation citation) {
}
