package org.amtsplan.disruption.internal.offline;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * What every offline action carries besides its type's fields: the id the device made for it, its
 * place in the device's order, when it happened on the device's clock, its type, and (optionally)
 * the clerk who unlocked the device and did it, when someone else sends it.
 */
public record ActionHeader(
        @NotNull(message = "{disruption.offline.id}")
                @Pattern(regexp = UUID, message = "{disruption.offline.id}")
                String id,
        @NotNull(message = "{disruption.offline.sequence}")
                @Min(value = 1, message = "{disruption.offline.sequence}")
                Long sequence,
        @NotNull OffsetDateTime at,
        @NotNull(message = "{disruption.offline.type}")
                @Pattern(regexp = OfflineAction.TYPES, message = "{disruption.offline.type}")
                String type,
        @Size(max = 60) String clerk) {

    // Declared explicitly so that the constraints stay on fields and accessors: Payara's OpenAPI
    // scanner fails on constraints on constructor parameters (docs/architecture.md).
    public ActionHeader(String id, Long sequence, OffsetDateTime at, String type, String clerk) {
        this.id = id;
        this.sequence = sequence;
        this.at = at;
        this.type = type;
        this.clerk = clerk;
    }

    static final String UUID =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
