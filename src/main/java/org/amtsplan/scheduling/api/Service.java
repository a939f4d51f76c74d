package org.amtsplan.scheduling.api;

import java.util.List;

/** A service (Dienstleistung) a unit offers, as citizens and staff see it. */
public record Service(
        String code,
        String unit,
        String nameDe,
        String nameEn,
        int durationMinutes,
        boolean onlineBookable,
        String leikaKey,
        List<String> documents) {

    public String name(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : nameDe;
    }
}
