package org.amtsplan.scheduling.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Command: book an appointment. Either {@code service} or {@code services} (several services of one
 * unit, their durations add up); {@code start} as ISO date-time with offset
 * ("2026-01-27T13:15:00+01:00"; a local date-time is taken as the city's time). With {@code
 * holdCode} and {@code holdToken} a hold taken earlier becomes the booking, and the slot fields may
 * be left out. {@code deadline} ("YYYY-MM-DD") is a date the matter depends on, such as a residence
 * permit's expiry; the department decides if it is urgent. Whether an e-mail address is needed (for
 * the public, to confirm) is the use case's rule.
 */
public record BookAppointment(
        @Schema(
                        description =
                                "Leistung, oder mehrere unter services / the service, or several as services")
                @Size(max = 40)
                String service,
        @Size(max = 10) List<String> services,
        @Schema(required = true) @Size(max = 40) String location,
        @Schema(required = true, type = SchemaType.STRING, format = "date-time")
                OffsetDateTime start,
        @Schema(required = true) @NotBlank @Size(max = 200) String name,
        @Size(max = 254) @Pattern(regexp = EMAIL, message = "{platform.validation.email}")
                String email,
        @Pattern(regexp = PHONE, message = "{scheduling.booking.invalidPhone}") String phone,
        @Pattern(regexp = "de|en", message = "{scheduling.booking.language}") String language,
        @Size(max = 40) String holdCode,
        @Size(max = 200) String holdToken,
        @Schema(type = SchemaType.STRING, format = "date") LocalDate deadline) {

    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final String PHONE = "\\+?[0-9][0-9 ()/-]{4,38}";

    // Declared explicitly so that the constraints stay on fields and accessors only: Payara's
    // OpenAPI
    // scanner fails on constraint annotations on constructor parameters (docs/architecture.md).
    public BookAppointment(
            String service,
            List<String> services,
            String location,
            OffsetDateTime start,
            String name,
            String email,
            String phone,
            String language,
            String holdCode,
            String holdToken,
            LocalDate deadline) {
        this.service = service;
        this.services = services;
        this.location = location;
        this.start = start;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.holdCode = holdCode;
        this.holdToken = holdToken;
        this.deadline = deadline;
    }
}
