package org.amtsplan.scheduling.api;

import java.util.List;

/** Command: keep a slot for a few minutes while the citizen fills in the booking form. */
public record HoldSeat(String service, List<String> services, String location, String start) {}
