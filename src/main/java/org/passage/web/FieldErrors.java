package org.passage.web;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;

/** Builds the {@code errors} member of a problem: the field as a dotted JSON path and a message. */
final class FieldErrors {

    static final String PROPERTY = "errors";

    private FieldErrors() {
    }

    static Map<String, String> of(String field, String message) {
        return Map.of("field", field == null ? "" : field, "message", message == null ? "" : message);
    }

    /** {@code applicant.birthDate} or {@code children[1].name} from Jackson's reference chain. */
    static String path(JacksonException exception) {
        return path(exception.getPath());
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A short, data-free description of the JSON value a Java type expects. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "date (yyyy-MM-dd)";
        }
        if (type == java.time.YearMonth.class) {
            return "month (yyyy-MM)";
        }
        if (TemporalAccessor.class.isAssignableFrom(type)) {
            return "date-time (ISO 8601)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == java.math.BigInteger.class) {
            return "integer";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }
}
