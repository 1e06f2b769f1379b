package org.passage.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one request as CEL sees them: a flat map of dotted names to strings, longs,
 * doubles, booleans, epoch days and string lists. Absent values are "", 0, 0.0, false and [].
 */
public final class Facts {

    private final Map<String, Object> values;

    private Facts(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> asMap() {
        return values;
    }

    public Object get(String name) {
        return values.get(name);
    }

    /** Collects facts; every setter turns null into the type's absent value. */
    public static final class Builder {
        private final Map<String, Object> values = new HashMap<>();

        public Builder string(String name, String value) {
            values.put(name, value == null ? "" : value);
            return this;
        }

        public Builder integer(String name, Number value) {
            values.put(name, value == null ? 0L : value.longValue());
            return this;
        }

        public Builder decimal(String name, Number value) {
            values.put(name, value == null ? 0.0 : value.doubleValue());
            return this;
        }

        public Builder bool(String name, Boolean value) {
            values.put(name, Boolean.TRUE.equals(value));
            return this;
        }

        public Builder date(String name, LocalDate value) {
            values.put(name, value == null ? 0L : value.toEpochDay());
            return this;
        }

        public Builder list(String name, List<String> value) {
            values.put(name, value == null ? List.of() : List.copyOf(value));
            return this;
        }

        public Facts build() {
            return new Facts(values);
        }
    }
}
