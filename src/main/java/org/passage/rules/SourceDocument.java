package org.passage.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * The public document a citation points to: who published it, its title (translated where a
 * translation exists), where to read it, and when it was read or published.
 *
 * @param url the address, or {@code null} when the document names none
 * @param read when the text was read ({@code 2026-11}) or, for a value an administrator entered,
 *        the date it was published
 */
public record SourceDocument(LocalizedText publisher, LocalizedText title, String url, String read) {

    private static final LocalizedText READ = new LocalizedText("okunma", "read", "gelesen");

    public SourceDocument {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(read, "read");
    }

    /** One line for a reader: publisher, title, address and date read, in the reader's language. */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder(publisher.in(locale)).append(": ").append(title.in(locale));
        if (url != null) {
            sb.append(", ").append(url);
        }
        return sb.append(" (").append(READ.in(locale)).append(' ').append(read).append(')').toString();
    }
}
