package org.amtsplan.scheduling.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Command: keep a slot for a few minutes while the citizen fills in the booking form; {@code start}
 * as in {@link BookAppointment}.
 */
public record HoldSeat(
        String service, List<String> services, String location, OffsetDateTime start) {}
