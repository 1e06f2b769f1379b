package org.passage.rules.parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.rules.Citation;
import org.passage.rules.FactType;
import org.passage.rules.LocalizedText;
import org.passage.rules.ParameterStatus;
import org.passage.rules.ParameterValue;
import org.passage.rules.Rulebooks;
import org.passage.rules.SourceDocument;
import org.springframework.stereotype.Component;

/**
 * Gives every rulebook the values two administrators approved, read from PostgreSQL at each
 * assessment: nothing is kept in this node's memory, so every node uses a value from the moment it
 * is approved, without a restart.
 */
@Component
class ApprovedValues {

    private final Rulebooks rulebooks;
    private final ProposedValues values;

    ApprovedValues(Rulebooks rulebooks, ProposedValues values) {
        this.rulebooks = rulebooks;
        this.values = values;
        rulebooks.readApprovedValuesFrom(this::of);
    }

    /** The approved periods of a rulebook by parameter name, oldest first. */
    Map<String, List<ParameterValue>> of(String rulebook) {
        Map<String, List<ParameterValue>> m = new LinkedHashMap<>();
        var rb = rulebooks.get(rulebook);
        for (ProposedValue v : values.approved(rulebook)) {
            if (rb.parameters().containsKey(v.parameter())) {
                m.computeIfAbsent(v.parameter(), k -> new ArrayList<>())
                        .add(asParameterValue(v, rb.parameter(v.parameter()).type()));
            }
        }
        return m;
    }

    static ParameterValue asParameterValue(ProposedValue v, FactType type) {
        SourceDocument document = new SourceDocument(same(v.publisher()), same(v.title()), v.url(),
                v.publishedOn().toString());
        return new ParameterValue(v.parameter(), parse(v.value(), type), v.from(), v.to(),
                new Citation(v.title(), v.section(), document), ParameterStatus.OFFICIAL, null,
                new ParameterValue.Entry(v.proposedBy(), v.proposedAt(), v.decidedBy(), v.decidedAt()), false);
    }

    /** A value's text as the rulebook's engine reads it: Long for whole numbers and dates, Double otherwise. */
    static Object parse(String text, FactType type) {
        return switch (type) {
            case INT -> Long.parseLong(text);
            case DOUBLE -> Double.parseDouble(text);
            case DATE -> LocalDate.parse(text).toEpochDay();
            default -> throw new IllegalArgumentException("a parameter is an int, double or date, not " + type);
        };
    }

    private static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }
}
