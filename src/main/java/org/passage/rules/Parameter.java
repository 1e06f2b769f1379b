package org.passage.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An effective-dated rulebook parameter: an amount, threshold, duration or date with its history.
 * The periods of the rulebook file may be overridden or extended by periods two administrators
 * approved ({@code approved} below); an approved period wins over the file's periods it overlaps.
 */
public record Parameter(String name, FactType type, String unit, LocalizedText title, List<ParameterValue> values) {

    public Parameter {
        values = List.copyOf(values);
    }

    /** The value in force on the given date by the rulebook file alone (see {@link #valueOn(LocalDate, List)}). */
    public Optional<ParameterValue> valueOn(LocalDate date) {
        return valueOn(date, List.of());
    }

    /**
     * The value in force on {@code date}: an approved period covering it, else the file's known
     * period covering it; past the last known period, the latest known value marked provisional
     * (a figure is often published only days before it applies). Empty before the first period.
     */
    public Optional<ParameterValue> valueOn(LocalDate date, List<ParameterValue> approved) {
        for (ParameterValue v : approved) {
            if (v.inForceOn(date)) {
                return Optional.of(v);
            }
        }
        for (ParameterValue v : values) {
            if (v.known() && v.inForceOn(date)) {
                return Optional.of(v);
            }
        }
        List<ParameterValue> known = periods(approved).stream().filter(ParameterValue::known).toList();
        if (known.isEmpty() || known.stream().anyMatch(v -> v.from().isAfter(date))) {
            return Optional.empty();
        }
        return Optional.of(known.getLast().asProvisional());
    }

    /** The value in force on the given date, or a problem naming the parameter and date. */
    public ParameterValue requireOn(LocalDate date) {
        return valueOn(date).orElseThrow(() -> new ParameterNotInForceException(name, date));
    }

    /**
     * Every period, oldest first: the approved ones and the parts of the file's periods before the
     * approved periods that overlap them.
     */
    public List<ParameterValue> periods(List<ParameterValue> approved) {
        List<ParameterValue> all = new ArrayList<>(approved);
        for (ParameterValue v : values) {
            Optional<ParameterValue> first = approved.stream().filter(a -> overlap(a, v))
                    .min(Comparator.comparing(ParameterValue::from));
            if (first.isEmpty()) {
                all.add(v);
            } else if (v.from().isBefore(first.get().from())) {
                all.add(v.until(first.get().from().minusDays(1)));
            }
        }
        all.sort(Comparator.comparing(ParameterValue::from));
        return List.copyOf(all);
    }

    /** Whether two periods share a day. */
    public static boolean overlap(ParameterValue a, ParameterValue b) {
        return (a.to() == null || !a.to().isBefore(b.from())) && (b.to() == null || !b.to().isBefore(a.from()));
    }
}
