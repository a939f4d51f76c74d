package org.amtsplan.scheduling.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: close a unit at a location for one day ("YYYY-MM-DD"), with the reason people read. */
public record AddClosure(@NotNull LocalDate date, @NotBlank @Size(max = 300) String reason) {

    // Declared explicitly so that the constraints stay on fields and accessors only: Payara's
    // OpenAPI
    // scanner fails on constraint annotations on constructor parameters (docs/architecture.md).
    public AddClosure(LocalDate date, String reason) {
        this.date = date;
        this.reason = reason;
    }
}
