package org.amtsplan.scheduling.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Command: a unit starts offering a service. {@code name} is German, {@code nameEn} the English
 * name (the German one stands in when it is missing). {@code leikaKey} is the optional key of the
 * federal service catalogue; {@code documents} what a citizen should bring, one line each, and
 * {@code documentsEn} the same in English (without it English pages show the German list).
 */
public record DefineService(
        @NotBlank
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{1,39}",
                        message = "{scheduling.validation.slug}")
                String code,
        @NotBlank @Size(max = 160) String name,
        @Size(max = 160) String nameEn,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotNull Boolean onlineBookable,
        @Pattern(regexp = "[0-9]{14}", message = "{scheduling.validation.leikaKey}")
                String leikaKey,
        @Size(max = 20) List<String> documents,
        @Size(max = 20) List<String> documentsEn) {

    // Declared explicitly so that the constraints stay on fields and accessors only: Payara's
    // OpenAPI
    // scanner fails on constraint annotations on constructor parameters (docs/architecture.md).
    public DefineService(
            String code,
            String name,
            String nameEn,
            Integer durationMinutes,
            Boolean onlineBookable,
            String leikaKey,
            List<String> documents,
            List<String> documentsEn) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.durationMinutes = durationMinutes;
        this.onlineBookable = onlineBookable;
        this.leikaKey = leikaKey;
        this.documents = documents;
        this.documentsEn = documentsEn;
    }
}
