package org.amtsplan.scheduling.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.amtsplan.scheduling.internal.catalogue.ConfigurationChanged;
import org.junit.jupiter.api.Test;

class AvailabilityCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String ask(AvailabilityCache cache, String location) {
        return cache.answer(
                List.of("geburtsurkunde"),
                location,
                "2026-12-01",
                "2026-12-28",
                () -> location + "#" + computed.incrementAndGet());
    }

    private static AvailabilityCache cache(long millis) {
        AvailabilityCache cache = new AvailabilityCache();
        cache.cacheMillis = millis;
        cache.create();
        return cache;
    }

    @Test
    void theSameQuestionWithinTheMomentIsAnsweredOnce() {
        AvailabilityCache cache = cache(60_000);
        assertEquals("mitte#1", ask(cache, "mitte"));
        assertEquals("mitte#1", ask(cache, "mitte"));
        assertEquals("nord#2", ask(cache, "nord"), "another location is another question");
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnce() {
        AvailabilityCache cache = cache(60_000);
        ask(cache, "mitte");
        cache.invalidate();
        assertEquals("mitte#2", ask(cache, "mitte"));
    }

    @Test
    void aHeadsChangeOfCalendarOrRulesIsSeenAtOnce() {
        AvailabilityCache cache = cache(60_000);
        ask(cache, "mitte");
        // what the calendar and the rules fire when they change (a CDI event, no dependency back)
        cache.invalidate(new ConfigurationChanged("civil-registry"));
        assertEquals("mitte#2", ask(cache, "mitte"));
    }

    @Test
    void anAnswerExpires() throws InterruptedException {
        AvailabilityCache cache = cache(20);
        ask(cache, "mitte");
        Thread.sleep(40);
        assertEquals("mitte#2", ask(cache, "mitte"));
    }

    @Test
    void zeroTurnsTheCacheOff() {
        AvailabilityCache cache = cache(0);
        ask(cache, "mitte");
        assertEquals("mitte#2", ask(cache, "mitte"));
    }
}
