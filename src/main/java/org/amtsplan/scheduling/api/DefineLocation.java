package org.amtsplan.scheduling.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: add a service centre. Its id appears in URLs, so it is a short lower-case slug. */
public record DefineLocation(
        @NotBlank
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{1,39}",
                        message = "{scheduling.validation.slug}")
                String id,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 300) String address) {

    // Declared explicitly so that the constraints stay on fields and accessors only: Payara's
    // OpenAPI
    // scanner fails on constraint annotations on constructor parameters (docs/architecture.md).
    public DefineLocation(String id, String name, String address) {
        this.id = id;
        this.name = name;
        this.address = address;
    }
}
