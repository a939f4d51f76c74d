package org.amtsplan.scheduling.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.amtsplan.platform.Message;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appointment as its citizen (with the token) or staff see it; {@code unserved} when it is no
 * booking of the citizen's but stands for their visit at the counter ({@code start}) where the
 * office could not serve them during a disruption, so that a replacement can be proposed to them.
 */
public record AppointmentView(
        String code,
        String token,
        AppointmentStatus status,
        String unit,
        String service,
        List<String> services,
        String location,
        OffsetDateTime start,
        OffsetDateTime end,
        String name,
        String email,
        String phone,
        String language,
        OffsetDateTime expiresAt,
        java.time.LocalDate deadline,
        boolean unserved,
        Replacement replacement,
        List<StatusChange> history) {

    /**
     * After a disruption: the replacement proposed; once accepted the new appointment's code and
     * token (the holder of this appointment's token is the same citizen, who opens the new one with
     * them); {@code declined} when the citizen wants no replacement, {@code withdrawn} when the
     * office withdrew it (staff settled the matter otherwise, e.g. by phone).
     */
    public record Replacement(
            String disruption,
            OffsetDateTime proposedStart,
            String acceptedAs,
            String acceptedAsToken,
            boolean declined,
            boolean withdrawn) {}

    /**
     * One entry of the appointment's history; {@code detail} is written as text in the answer's
     * language.
     */
    public record StatusChange(
            OffsetDateTime at,
            AppointmentStatus from,
            AppointmentStatus to,
            String by,
            @Schema(
                            type = SchemaType.STRING,
                            description =
                                    "Anlass, in der Sprache der Antwort / why, in the answer's language")
                    Message detail) {}
}
