package org.amtsplan.disruption.internal.callback;

import java.time.Instant;

/**
 * A person to call back: who recorded it (clerk, and the offline device if any), when it happened
 * ({@code at}, the device's time for actions recorded offline), and what the person needs.
 */
public record RecordCallback(
        String unit,
        String location,
        String device,
        String clerk,
        Instant at,
        String name,
        String service,
        String phone,
        String email,
        String language,
        String notes) {}
