package org.amtsplan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per address (or account) and bucket in the current minute of this instance: the public
 * side counts addresses, identity counts signed-in accounts.
 */
@ApplicationScoped
public class RateLimitWindows {

    private record Window(long minute, AtomicInteger count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** 0 when admitted, else the seconds until the address may try again. */
    public long admit(String bucket, String address, int perMinute) {
        long nowMillis = System.currentTimeMillis();
        long minute = nowMillis / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window =
                windows.compute(
                        bucket + "|" + address,
                        (key, old) ->
                                old == null || old.minute() != minute
                                        ? new Window(minute, new AtomicInteger())
                                        : old);
        if (window.count().incrementAndGet() <= perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - nowMillis + 999) / 1000);
    }
}
