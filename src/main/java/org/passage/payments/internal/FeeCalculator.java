package org.passage.payments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.payments.Money;
import org.passage.payments.internal.FeeLine.Source;
import org.passage.payments.internal.FeeTable.Item;
import org.passage.rules.Citation;
import org.passage.rules.Parameter;
import org.passage.rules.ParameterStatus;
import org.passage.rules.ParameterValue;
import org.springframework.stereotype.Component;

/**
 * Computes an application's fee from the fee table and the amounts of its rulebook's parameters:
 * each item is waived by an exemption, or charged at an OFFICIAL amount of the rulebook, or at an
 * amount two administrators approved for the period; otherwise it is MISSING and the fee cannot be
 * paid. An UNVERIFIED figure, an UNKNOWN period and a figure used past its period are never
 * charged. A MONTHLY item costs the first month plus each following month (Harçlar Kanunu (6)
 * sayılı tarife: month fractions count as whole months, and months are whole here).
 */
@Component
class FeeCalculator {

    private final FeeTable table;

    FeeCalculator(FeeTable table) {
        this.table = table;
    }

    FeeAssessment assess(FeeBasis basis) {
        String nationalityGroup = table.groupOf(basis.nationality()).code();
        Map<String, List<ParameterValue>> approved = table.rulebook().approvedValues();
        List<FeeLine> lines = new ArrayList<>();
        for (Item item : table.items()) {
            lines.add(line(item, nationalityGroup, basis, approved));
        }
        return new FeeAssessment(basis.applicationDate().getYear(), table.version(), lines);
    }

    private FeeLine line(Item item, String nationalityGroup, FeeBasis basis, Map<String, List<ParameterValue>> approved) {
        var exemption = table.exemption(item.code(), basis.permitType(), basis.studyLevel(), basis.applicationDate());
        if (exemption.isPresent()) {
            Citation c = exemption.get().citation();
            return new FeeLine(item.code(), item.title(), Source.EXEMPT, null, BigDecimal.ZERO.setScale(2),
                    exemption.get().title(), source(c), c.section(), null, c.document());
        }
        Integer months = item.kind() == FeeTable.Kind.MONTHLY ? basis.months() : null;
        if (item.kind() == FeeTable.Kind.MONTHLY && months == null) {
            return missing(item, null, "the permit has no end date to charge months for");
        }
        List<ParameterValue> values = new ArrayList<>();
        for (String name : table.rate(item, nationalityGroup).parameters()) {
            Parameter parameter = table.rulebook().parameter(name);
            Optional<ParameterValue> value = parameter.valueOn(basis.applicationDate(),
                    approved.getOrDefault(name, List.of()));
            if (value.isEmpty() || !chargeable(value.get())) {
                return missing(item, months, why(parameter, basis.applicationDate()));
            }
            values.add(value.get());
        }
        ParameterValue first = values.getFirst();
        boolean entered = values.stream().anyMatch(v -> v.entry() != null);
        BigDecimal amount = item.kind() == FeeTable.Kind.FLAT ? lira(first)
                : Money.lira(lira(first)).plus(Money.lira(lira(values.get(1))).times(months - 1)).amount();
        String section = entered ? first.citation().section() + "; proposed by " + first.entry().proposedBy()
                + ", approved by " + first.entry().approvedBy() : first.citation().section();
        return new FeeLine(item.code(), item.title(), entered ? Source.ADMINISTRATOR : Source.OFFICIAL, months,
                amount, null, source(first.citation()), section, null, first.citation().document());
    }

    /** Only a figure of the period itself that is official or approved is charged. */
    private static boolean chargeable(ParameterValue v) {
        return !v.provisional() && v.status() == ParameterStatus.OFFICIAL;
    }

    /** Why no amount can be charged: the status and note of the rulebook's period on the date, if any. */
    private static String why(Parameter parameter, LocalDate date) {
        return parameter.values().stream().filter(v -> v.inForceOn(date)).findFirst()
                .map(v -> v.status() + ": " + v.note())
                .orElse("the rulebook has no period of " + parameter.name() + " for " + date);
    }

    private FeeLine missing(Item item, Integer months, String why) {
        return new FeeLine(item.code(), item.title(), Source.MISSING, months, null, null, source(item.basis()),
                item.basis().section(), why, item.basis().document());
    }

    private static String source(Citation c) {
        return c.sourceIn(Locale.ENGLISH);
    }

    private static BigDecimal lira(ParameterValue v) {
        return Money.lira(BigDecimal.valueOf((Double) v.value()).setScale(2, java.math.RoundingMode.UNNECESSARY))
                .amount();
    }
}
