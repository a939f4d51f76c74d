package org.amtsplan.scheduling.internal.counter;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.scheduling.internal.counter.CallEventFeed.CallEvent;
import org.amtsplan.scheduling.internal.support.CityTime;

/**
 * Feeds the waiting-room displays connected to this instance. Calls are read from the database
 * every half second, so a call made on any instance reaches every display within a second; the
 * instance holds only its own open connections, nothing another instance would need.
 */
@ApplicationScoped
class DisplayHub {

    private static final Logger LOG = Logger.getLogger(DisplayHub.class.getName());
    static final long POLL_MILLIS = 500;

    /**
     * How many of today's calls a display opened (or reloaded) shows at once; with repeated calls
     * of one number among them the display shows fewer rows, as it keeps one row per number.
     */
    static final int RECENT_CALLS = 12;

    /**
     * One connected display, the last call it has been sent, and the last call made before it
     * connected (those it is sent as earlier calls: shown, without a gong).
     */
    private static final class Display {
        final SseEventSink sink;
        final Sse sse;
        final long connectedAfter;
        volatile long lastSent;

        Display(SseEventSink sink, Sse sse, long lastSent, long connectedAfter) {
            this.sink = sink;
            this.sse = sse;
            this.lastSent = lastSent;
            this.connectedAfter = connectedAfter;
        }
    }

    @Inject CallEventFeed feed;
    @Inject java.time.Clock clock;

    @Resource ManagedScheduledExecutorService scheduler;

    private final Map<String, List<Display>> displaysByLocation = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> poller;

    /**
     * Connects a display; it receives the calls made after {@code lastEventId} (a reconnecting
     * display), or else today's latest calls first, then every call from now on.
     */
    public void connect(String location, SseEventSink sink, Sse sse, Long lastEventId) {
        long latest = feed.latestId();
        long from;
        if (lastEventId != null) {
            from = lastEventId;
        } else {
            java.time.Instant startOfToday =
                    java.time.LocalDate.now(clock.withZone(CityTime.zone()))
                            .atStartOfDay(CityTime.zone())
                            .toInstant();
            from = feed.beforeRecent(location, startOfToday, RECENT_CALLS);
        }
        displaysByLocation
                .computeIfAbsent(location, l -> new CopyOnWriteArrayList<>())
                .add(new Display(sink, sse, from, lastEventId != null ? lastEventId : latest));
        sink.send(
                sse.newEventBuilder()
                        .name("connected")
                        .data(
                                JsonObjects.objectBuilder()
                                        .add("location", location)
                                        .build()
                                        .toString())
                        .build());
        startPolling();
    }

    private synchronized void startPolling() {
        if (poller == null) {
            poller =
                    scheduler.scheduleWithFixedDelay(
                            this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    void poll() {
        try {
            displaysByLocation.values().forEach(list -> list.removeIf(d -> d.sink.isClosed()));
            displaysByLocation.entrySet().removeIf(e -> e.getValue().isEmpty());
            if (displaysByLocation.isEmpty()) {
                return;
            }
            long oldest =
                    displaysByLocation.values().stream()
                            .flatMap(List::stream)
                            .mapToLong(d -> d.lastSent)
                            .min()
                            .orElse(0);
            for (CallEvent call : feed.after(oldest, displaysByLocation.keySet())) {
                for (Display display :
                        displaysByLocation.getOrDefault(call.location(), List.of())) {
                    if (call.id() > display.lastSent) {
                        send(display, call);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Display feed poll failed; retrying", e);
        }
    }

    private static void send(Display display, CallEvent call) {
        String data =
                JsonObjects.objectBuilder()
                        .add("number", call.number())
                        .add("counter", call.counter())
                        .add("unit", call.unit())
                        .add("calledAt", CityTime.offset(call.calledAt()).toString())
                        .add("earlier", call.id() <= display.connectedAfter)
                        .build()
                        .toString();
        OutboundSseEvent event =
                display.sse
                        .newEventBuilder()
                        .id(Long.toString(call.id()))
                        .name("call")
                        .data(data)
                        .build();
        display.sink
                .send(event)
                .exceptionally(
                        failure -> {
                            display.sink.close();
                            return null;
                        });
        display.lastSent = call.id();
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(true);
        }
        displaysByLocation.values().forEach(list -> list.forEach(d -> d.sink.close()));
    }
}
