package org.amtsplan.scheduling.api;

import java.util.List;

/**
 * A service (Dienstleistung) a unit offers, as citizens and staff see it. {@code documents} are
 * what to bring in German, {@code documentsEn} in English (empty: the German list stands in).
 */
public record Service(
        String code,
        String unit,
        String nameDe,
        String nameEn,
        int durationMinutes,
        boolean onlineBookable,
        String leikaKey,
        List<String> documents,
        List<String> documentsEn) {

    public Service {
        documents = documents == null ? List.of() : List.copyOf(documents);
        documentsEn = documentsEn == null ? List.of() : List.copyOf(documentsEn);
    }

    /** A service with documents to bring in German only. */
    public Service(
            String code,
            String unit,
            String nameDe,
            String nameEn,
            int durationMinutes,
            boolean onlineBookable,
            String leikaKey,
            List<String> documents) {
        this(
                code,
                unit,
                nameDe,
                nameEn,
                durationMinutes,
                onlineBookable,
                leikaKey,
                documents,
                List.of());
    }

    public String name(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : nameDe;
    }

    /** What to bring, in the reader's language (German when there is no English list). */
    public List<String> documents(String language) {
        return "en".equals(language) && !documentsEn.isEmpty() ? documentsEn : documents;
    }
}
