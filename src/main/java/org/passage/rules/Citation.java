package org.passage.rules;

import java.util.Locale;

/**
 * Where a rule comes from: a source document or law by its key in the rulebook, the section or
 * article in it, and the public document the key stands for ({@code null} only while a citation
 * is read from a file, before the loader resolves it).
 */
public record Citation(String source, String section, SourceDocument document) {

    public Citation {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(section, "section");
    }

    public Citation(String source, String section) {
        this(source, section, null);
    }

    /** Two citations are the same when they name the same source key and section: the key fixes the document. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Citation c && source.equals(c.source) && section.equals(c.section);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, section);
    }

    /** The public document in the reader's language (its key while unresolved), without the section. */
    public String sourceIn(Locale locale) {
        return document == null ? source : document.describe(locale);
    }

    /** The public document and section in the reader's language, e.g. for a page or a PDF. */
    public String describe(Locale locale) {
        return (document == null ? source : document.describe(locale)) + ", " + section;
    }
}
