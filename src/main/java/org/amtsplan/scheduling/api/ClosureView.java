package org.amtsplan.scheduling.api;

import java.time.LocalDate;

public record ClosureView(long id, String unit, String location, LocalDate date, String reason) {}
