package org.amtsplan.scheduling.internal.counter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The calls made at the counters, in the order they happened, for the waiting-room displays. */
interface CallEventFeed {

    record CallEvent(
            long id,
            String location,
            String unit,
            String number,
            String counter,
            Instant calledAt) {}

    long latestId();

    /**
     * The id after which the location's last {@code count} calls since {@code since} follow, so a
     * display opened now shows them at once; {@link #latestId()} when there were none.
     */
    long beforeRecent(String location, Instant since, int count);

    /** Calls after {@code id} at the given locations, oldest first. */
    List<CallEvent> after(long id, Collection<String> locations);
}
