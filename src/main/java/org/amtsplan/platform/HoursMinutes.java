package org.amtsplan.platform;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a time of day as "HH:mm", the form {@link CityDates#parseTime} reads, for a field that
 * names it with {@code @JsonbTypeSerializer(HoursMinutes.class)}: what a client reads it can send
 * back unchanged. (JSON-B's default would write "08:00:00".)
 */
public final class HoursMinutes implements JsonbSerializer<LocalTime> {

    /** The form as a regular expression, for the OpenAPI document. */
    public static final String PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    /** "08:00" for eight o'clock; seconds are dropped. */
    public static String format(LocalTime time) {
        return FORMAT.format(time);
    }

    @Override
    public void serialize(LocalTime time, JsonGenerator generator, SerializationContext context) {
        generator.write(format(time));
    }
}
