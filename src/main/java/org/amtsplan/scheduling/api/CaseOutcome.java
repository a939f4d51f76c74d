package org.amtsplan.scheduling.api;

/**
 * One outcome a unit's clerks may give a finished case, such as "erledigt": a stable {@code code}
 * kept on the ticket and in the statistics, and the names clerks read, German ({@code name}) and
 * English ({@code nameEn}).
 */
public record CaseOutcome(String code, String name, String nameEn) {

    public String name(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : name;
    }
}
