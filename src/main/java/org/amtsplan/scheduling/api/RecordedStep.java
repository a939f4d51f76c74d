package org.amtsplan.scheduling.api;

import java.time.Instant;
import java.util.List;

/**
 * A clerk's step on a ticket recorded offline: {@code call} (to {@code counter}), {@code start},
 * {@code park}, {@code draft} (notes and documents so far) or {@code finish} (with {@code
 * outcome}), on the ticket with this number at the unit and location on the city date of {@code
 * at}, kept with {@code at} as the time it happened.
 */
public record RecordedStep(
        String unit,
        String location,
        String number,
        String action,
        Instant at,
        String clerk,
        String counter,
        String outcome,
        String notes,
        List<String> documents) {

    public static final java.util.Set<String> ACTIONS =
            java.util.Set.of("call", "start", "park", "draft", "finish");
}
