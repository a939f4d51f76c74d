package org.amtsplan.scheduling.internal.booking;

import jakarta.persistence.TypedQuery;

/**
 * Queries that load many appointments read their services for all of them in one statement per 500
 * (EclipseLink batch reading) instead of one statement per appointment: a disruption of 20,000
 * appointments otherwise spends 20,000 round trips on the service codes alone. The query's
 * identification variable must be {@code a}.
 */
public final class AppointmentFetch {

    private AppointmentFetch() {}

    public static TypedQuery<Appointment> withServices(TypedQuery<Appointment> query) {
        return query.setHint("eclipselink.batch", "a.services")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch.size", 500);
    }
}
