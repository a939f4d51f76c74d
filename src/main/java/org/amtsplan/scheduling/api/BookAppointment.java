package org.amtsplan.scheduling.api;

import java.util.List;

/**
 * Command: book an appointment. Either {@code service} or {@code services} (several services of
 * one unit, their durations add up); {@code start} as ISO date-time ("2026-01-27T13:15:00+01:00" or
 * local time of the city). With {@code holdCode} and {@code holdToken} a hold taken earlier becomes
 * the booking, and the slot fields may be left out. {@code deadline} ("YYYY-MM-DD") is a date the
 * matter depends on, such as a residence permit's expiry; the department decides if it is urgent.
 */
public record BookAppointment(
    String service,
    List<String> services,
    String location,
    String start,
    String name,
    String email,
    String phone,
    String language,
    String holdCode,
    String holdToken,
    String deadline) {}
