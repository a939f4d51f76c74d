package org.amtsplan.scheduling.spi;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The moment a queue is ordered and the unit's queue rules: an appointment counts as due from
 * {@code earlyMinutes} before to {@code lateMinutes} after its start; anyone waiting longer than
 * {@code promoteAfterMinutes} goes first.
 */
public record QueueContext(
        Instant now,
        LocalDateTime localNow,
        int earlyMinutes,
        int lateMinutes,
        int promoteAfterMinutes) {}
