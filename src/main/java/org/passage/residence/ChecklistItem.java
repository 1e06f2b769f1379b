package org.passage.residence;

import org.passage.rules.LocalizedText;

/**
 * One document of an application's checklist as frozen at submission, with the rule that asks for it.
 *
 * @param provider {@code APPLICANT} or {@code SPONSOR}
 * @param legalisation {@code NONE}, {@code APOSTILLE} or {@code CONSULAR}
 * @param citationSource the full name of the source (a law or a public document)
 */
public record ChecklistItem(String code, LocalizedText title, LocalizedText why, String provider, boolean onRequest,
        String legalisation, String citationSource, String citationSection) {
}
