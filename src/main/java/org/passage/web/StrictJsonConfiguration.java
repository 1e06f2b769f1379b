package org.passage.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.passage.calendar.SaneDates;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as written: a boolean is {@code true} or {@code false}, an integer has no fraction,
 * a date is a {@code yyyy-MM-dd} string between {@link SaneDates#FIRST} and {@link SaneDates#LAST},
 * and a number is finite. Jackson's default coercions (the string "true", 1 or 0 as booleans, 12.9
 * truncated to 12, a number or an array as a date, 1e309 as Infinity) silently changed what a
 * caller asked; each is now a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        SimpleModule strict = new SimpleModule("passage-strict-json");
        strict.addDeserializer(LocalDate.class, new IsoDateDeserializer());
        strict.addDeserializer(Double.class, new FiniteDoubleDeserializer());
        strict.addDeserializer(double.class, new FiniteDoubleDeserializer());
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(strict);
    }

    /** Thrown for a well-formed date outside {@link SaneDates}; the problem names the range. */
    static final class DateOutOfRangeException extends InvalidFormatException {
        DateOutOfRangeException(JsonParser parser, String value) {
            super(parser, "Date outside " + SaneDates.FIRST + ".." + SaneDates.LAST, value, LocalDate.class);
        }
    }

    /** Only a {@code yyyy-MM-dd} string: no epoch days, no {@code [y, m, d]} arrays, no years beyond the sane range. */
    static final class IsoDateDeserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidFormatException(parser, "Not a date", text, LocalDate.class);
            }
            if (!SaneDates.contains(date)) {
                throw new DateOutOfRangeException(parser, text);
            }
            return date;
        }
    }

    /** Only a JSON number, and only a finite one (1e309 would be read as Infinity). */
    static final class FiniteDoubleDeserializer extends ValueDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (Double) context.handleUnexpectedToken(Double.class, parser);
            }
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw new InvalidFormatException(parser, "Not a finite number", parser.getString(), Double.class);
            }
            return value;
        }
    }
}
