package org.amtsplan.scheduling.internal.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Policy: a session's counters are offered to the public a share at a time so that a wave of people
 * looking for a new appointment after a disruption does not book everything in the first minutes.
 * Stage k of n (counted from 1, the first at {@code startsAt}) makes ceil(counters × k / n)
 * counters bookable; the last stage releases them all.
 */
record StagedRelease(int stages, int everyMinutes, Instant startsAt) {

    public static final int MAX_STAGES = 10;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 7 * 24 * 60;

    public StagedRelease {
        if (stages < 2
                || stages > MAX_STAGES
                || everyMinutes < MIN_MINUTES
                || everyMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException(
                    "stages 2.." + MAX_STAGES + ", minutes " + MIN_MINUTES + ".." + MAX_MINUTES);
        }
    }

    /**
     * Counters of {@code counters} the public may book at {@code now}; none before the first stage.
     */
    public int released(int counters, Instant now) {
        if (now.isBefore(startsAt)) {
            return 0;
        }
        long stage = Duration.between(startsAt, now).toMinutes() / everyMinutes + 1;
        if (stage >= stages) {
            return counters;
        }
        return (int) ((counters * stage + stages - 1) / stages);
    }

    /** When the last stage opens and every counter is bookable. */
    public Instant completeAt() {
        return startsAt.plus(Duration.ofMinutes((long) everyMinutes * (stages - 1)));
    }
}
