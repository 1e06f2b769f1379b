package org.passage.payments.internal;

import java.util.List;
import java.util.Optional;
import org.passage.payments.Money;

/** An application's fee: its lines, and their total once every line has a chargeable amount. */
record FeeAssessment(int year, String tableVersion, List<FeeLine> lines) {

    FeeAssessment {
        lines = List.copyOf(lines);
    }

    boolean complete() {
        return lines.stream().noneMatch(FeeLine::missing);
    }

    /** The total, or empty while a line is missing. */
    Optional<Money> total() {
        if (!complete()) {
            return Optional.empty();
        }
        return Optional.of(lines.stream().map(line -> Money.lira(line.amount()))
                .reduce(Money.zero(Money.TRY), Money::plus));
    }
}
