package org.amtsplan.scheduling.api;

/**
 * An organisational unit that citizens are served by, such as {@code vehicle} or {@code
 * citizenship}: its department, the letter its ticket numbers start with, and its names.
 */
public record UnitDescription(
        String id, String department, String ticketPrefix, String nameDe, String nameEn) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameDe;
    }
}
