package org.amtsplan.scheduling.api;

import java.time.OffsetDateTime;

/** A start time the public may book, and how many bookings still fit there. */
public record FreeSlot(OffsetDateTime start, OffsetDateTime end, String location, int free) {}
