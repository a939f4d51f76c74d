package org.amtsplan.scheduling.internal.domain;

/** Who an appointment is for and how to reach them; language is "de" or "en". */
public record Contact(String name, String email, String phone, String language) {}
