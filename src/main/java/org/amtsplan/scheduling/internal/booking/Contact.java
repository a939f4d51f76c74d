package org.amtsplan.scheduling.internal.booking;

/**
 * Who an appointment is for and how to reach them; language is "de" or "en"; deadline an optional
 * date the matter depends on (e.g. a permit's expiry).
 */
record Contact(
        String name, String email, String phone, String language, java.time.LocalDate deadline) {}
