package org.amtsplan.platform.internal;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.amtsplan.platform.CityClock;
import org.amtsplan.platform.CityDates;

/**
 * JSON-B reads every date, time and instant of a command through {@link CityDates}, so bodies and
 * query parameters share one parser and one range of years. A refused value fails the binding;
 * {@link TypedFields} then names the field in a 422.
 */
final class CityDateDeserializers {

    private CityDateDeserializers() {}

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {
            new Dates(), new Times(), new Instants(), new LocalDateTimes()
        };
    }

    static final class Dates implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, CityDates::parseDate);
        }
    }

    static final class Times implements JsonbDeserializer<LocalTime> {
        @Override
        public LocalTime deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, CityDates::parseTime);
        }
    }

    static final class Instants implements JsonbDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(
                JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, CityDates::parseOffsetDateTime);
        }
    }

    /** A local date-time in a body is the city's time; one with an offset is converted to it. */
    static final class LocalDateTimes implements JsonbDeserializer<LocalDateTime> {
        @Override
        public LocalDateTime deserialize(
                JsonParser parser, DeserializationContext context, Type type) {
            return read(
                    parser,
                    text ->
                            CityDates.parseOffsetDateTime(text)
                                    .map(
                                            t ->
                                                    t.atZoneSameInstant(CityClock.zone())
                                                            .toLocalDateTime()));
        }
    }

    private static <T> T read(JsonParser parser, Function<String, Optional<T>> reader) {
        String text;
        try {
            text = parser.getString();
        } catch (IllegalStateException notAStringOrNumber) {
            return null; // JSON null; a list or object here fails in JSON-B itself
        }
        return reader.apply(text)
                .orElseThrow(
                        () ->
                                new JsonbException(
                                        "not a valid date or time: "
                                                + text.length()
                                                + " characters"));
    }
}
