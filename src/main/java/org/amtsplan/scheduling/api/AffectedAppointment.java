package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An appointment a disruption hits, with what staff need to reach the citizen and what the
 * disruption module's policies need to rebook it: its length, the disruption that cancelled it (if
 * any), and {@code urgent} when its deadline (e.g. an expiring permit) is urgent by the
 * department's rule; {@code replacementDeclined} when the citizen wants no replacement, {@code
 * replacementWithdrawn} when the office withdrew it (staff settled the matter otherwise).
 */
public record AffectedAppointment(
        String code,
        String unit,
        String location,
        LocalDateTime start,
        LocalDateTime end,
        String name,
        String phone,
        String email,
        AppointmentStatus status,
        LocalDate deadline,
        boolean urgent,
        LocalDateTime replacementStart,
        String replacedBy,
        String disruptionId,
        int durationMinutes,
        boolean replacementDeclined,
        boolean replacementWithdrawn) {}
