package org.passage.payments.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passage.payments.Money;
import org.passage.payments.internal.FeeEntries.FeeEntry;
import org.passage.payments.internal.FeeLine.Source;
import org.passage.payments.internal.FeeTable.Item;
import org.passage.payments.internal.FeeTable.Period;
import org.passage.payments.internal.FeeTable.Status;
import org.passage.rules.Citation;
import org.springframework.stereotype.Component;

/**
 * Computes an application's fee from the fee table and the administrator's entries: each item is
 * waived by an exemption, or charged at the table's OFFICIAL figure, or at the amount an
 * administrator entered for that year; otherwise it is MISSING and the fee cannot be paid.
 * An UNVERIFIED figure is never charged. A MONTHLY item costs the first month plus each following
 * month (Harçlar Kanunu (6) sayılı tarife: month fractions count as whole months, and months are
 * whole here).
 */
@Component
class FeeCalculator {

    private final FeeTable table;
    private final FeeEntries entries;

    FeeCalculator(FeeTable table, FeeEntries entries) {
        this.table = table;
        this.entries = entries;
    }

    FeeAssessment assess(FeeBasis basis) {
        String nationalityGroup = table.groupOf(basis.nationality()).code();
        List<FeeLine> lines = new ArrayList<>();
        for (Item item : table.items()) {
            lines.add(line(item, nationalityGroup, basis));
        }
        return new FeeAssessment(basis.applicationDate().getYear(), table.version(), lines);
    }

    private FeeLine line(Item item, String nationalityGroup, FeeBasis basis) {
        var exemption = table.exemption(item.code(), basis.permitType(), basis.studyLevel(), basis.applicationDate());
        if (exemption.isPresent()) {
            Citation c = exemption.get().citation();
            return new FeeLine(item.code(), item.title(), Source.EXEMPT, null, BigDecimal.ZERO.setScale(2),
                    exemption.get().title(), table.source(c), c.section(), null);
        }
        Integer months = item.kind() == FeeTable.Kind.MONTHLY ? basis.months() : null;
        if (item.kind() == FeeTable.Kind.MONTHLY && months == null) {
            return missing(item, null, "the permit has no end date to charge months for");
        }
        boolean ownRate = item.rates().stream().anyMatch(r -> r.group().equals(nationalityGroup));
        String group = ownRate ? nationalityGroup : FeeTable.Group.GENERAL;
        Optional<Period> period = table.period(item, group, basis.applicationDate());
        if (period.isPresent() && period.get().status() == Status.OFFICIAL) {
            Period p = period.get();
            return new FeeLine(item.code(), item.title(), Source.OFFICIAL, months,
                    amount(item, months, p.amount(), p.firstMonth(), p.followingMonth()), null,
                    table.source(p.citation()), p.citation().section(), null);
        }
        Optional<FeeEntry> entry = entries.find(item.code(), group, basis.applicationDate().getYear());
        if (entry.isPresent()) {
            FeeEntry e = entry.get();
            return new FeeLine(item.code(), item.title(), Source.ADMINISTRATOR, months,
                    amount(item, months, e.amount(), e.firstMonth(), e.followingMonth()), null, e.source(),
                    "entered by " + e.enteredBy(), null);
        }
        return missing(item, months, period.map(p -> p.status() + ": " + p.note())
                .orElse("the fee table has no period for " + basis.applicationDate()));
    }

    private FeeLine missing(Item item, Integer months, String why) {
        return new FeeLine(item.code(), item.title(), Source.MISSING, months, null, null, table.source(item.basis()),
                item.basis().section(), why);
    }

    private static BigDecimal amount(Item item, Integer months, BigDecimal flat, BigDecimal firstMonth,
            BigDecimal followingMonth) {
        if (item.kind() == FeeTable.Kind.FLAT) {
            return Money.lira(flat).amount();
        }
        return Money.lira(firstMonth).plus(Money.lira(followingMonth).times(months - 1)).amount();
    }
}
