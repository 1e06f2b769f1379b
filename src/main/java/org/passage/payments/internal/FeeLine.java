package org.passage.payments.internal;

import java.math.BigDecimal;
import org.passage.rules.LocalizedText;

/**
 * One item of an accrual's fee with where its amount comes from.
 *
 * @param months the months a MONTHLY item was charged for, else {@code null}
 * @param amount the amount, zero when exempt, {@code null} when no chargeable figure is known
 * @param exemption the exemption that waives the item, else {@code null}
 * @param note for a MISSING line, why (the fee table's note or the administrator's source)
 */
record FeeLine(String item, LocalizedText title, Source source, Integer months, BigDecimal amount,
        LocalizedText exemption, String citationSource, String citationSection, String note) {

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

    boolean missing() {
        return source == Source.MISSING;
    }
}
