package org.passage.residence;

import java.util.Locale;
import org.passage.rules.LocalizedText;
import org.passage.rules.SourceDocument;

/**
 * One document of an application's checklist as frozen at submission, with the rule that asks for it.
 *
 * @param provider {@code APPLICANT} or {@code SPONSOR}
 * @param legalisation {@code NONE}, {@code APOSTILLE} or {@code CONSULAR}
 * @param citationSource the full name of the source (a law or a public document), in English
 * @param citationDocument the public document in every language; {@code null} on items frozen before it was kept
 */
public record ChecklistItem(String code, LocalizedText title, LocalizedText why, String provider, boolean onRequest,
        String legalisation, String citationSource, String citationSection, SourceDocument citationDocument) {

    /** An item whose source is known by its name only. */
    public ChecklistItem(String code, LocalizedText title, LocalizedText why, String provider, boolean onRequest,
            String legalisation, String citationSource, String citationSection) {
        this(code, title, why, provider, onRequest, legalisation, citationSource, citationSection, null);
    }

    /** The source in the reader's language where the item keeps its document, else as frozen. */
    public String citationSourceIn(Locale locale) {
        return citationDocument == null ? citationSource : citationDocument.describe(locale);
    }
}
