package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.time.LocalTime;

public record SessionView(
    long id,
    String unit,
    String location,
    LocalDate date,
    LocalTime from,
    LocalTime to,
    int counters,
    SessionKind kind,
    String reservedForDisruption) {}
