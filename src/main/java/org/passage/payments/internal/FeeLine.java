package org.passage.payments.internal;

import java.math.BigDecimal;
import java.util.Locale;
import org.passage.rules.LocalizedText;
import org.passage.rules.SourceDocument;

/**
 * One item of an accrual's fee with where its amount comes from.
 *
 * @param months the months a MONTHLY item was charged for, else {@code null}
 * @param amount the amount, zero when exempt, {@code null} when no chargeable figure is known
 * @param exemption the exemption that waives the item, else {@code null}
 * @param note for a MISSING line, why (the status and note of the rulebook's period)
 * @param citationSource the public document in English, as kept for lines recorded before
 *        {@code citationDocument}
 * @param citationDocument the public document, in every language; {@code null} on older lines
 */
record FeeLine(String item, LocalizedText title, Source source, Integer months, BigDecimal amount,
        LocalizedText exemption, String citationSource, String citationSection, String note,
        SourceDocument citationDocument) {

    /** Where the amount comes from. */
    enum Source {
        /** The fee table's official figure. */
        OFFICIAL,
        /** An administrator entered it, with the source named in the citation. */
        ADMINISTRATOR,
        /** An exemption waives the item. */
        EXEMPT,
        /** No chargeable figure is known: the fee cannot be paid yet. */
        MISSING
    }

    /** The public document in the reader's language, where the line keeps it. */
    String citationSourceIn(Locale locale) {
        return citationDocument == null ? citationSource : citationDocument.describe(locale);
    }

    boolean missing() {
        return source == Source.MISSING;
    }
}
