package org.amtsplan.scheduling.api;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.LocalTime;
import org.amtsplan.platform.HoursMinutes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One period of the weekly pattern: {@code day} like "TUESDAY", {@code from}/{@code to} as "HH:mm"
 * both ways (read by the platform's time reader, written by {@link HoursMinutes}). A missing time
 * is the use case's field error, a malformed one the JSON reader's.
 */
public record WeeklyHours(
        @Schema(required = true, example = "TUESDAY") String day,
        @Schema(
                        required = true,
                        type = SchemaType.STRING,
                        format = "HH:mm",
                        pattern = HoursMinutes.PATTERN,
                        example = "08:00")
                @JsonbTypeSerializer(HoursMinutes.class)
                LocalTime from,
        @Schema(
                        required = true,
                        type = SchemaType.STRING,
                        format = "HH:mm",
                        pattern = HoursMinutes.PATTERN,
                        example = "12:00")
                @JsonbTypeSerializer(HoursMinutes.class)
                LocalTime to,
        @Schema(required = true, minimum = "1") Integer counters) {}
