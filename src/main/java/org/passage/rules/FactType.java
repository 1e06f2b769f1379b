package org.passage.rules;

/** The type of a fact, parameter or computed value as CEL sees it. Dates are epoch days. */
public enum FactType {
    STRING, INT, DOUBLE, BOOL, DATE, LIST;

    static FactType parse(String s) {
        return FactType.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
