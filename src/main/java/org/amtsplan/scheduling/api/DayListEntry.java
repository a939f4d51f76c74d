package org.amtsplan.scheduling.api;

import java.time.LocalTime;
import java.util.List;

/** One appointment of a day list: what staff need when the servers are down. */
public record DayListEntry(
        LocalTime time,
        String code,
        String name,
        List<String> services,
        AppointmentStatus status,
        String phone,
        String email) {}
