package org.amtsplan.scheduling.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public availability answers of the last moment, as the JSON sent. When a popular office
 * opens its calendar, many people (and bots) ask the same question at once; answering them from
 * one computation keeps the server responsive. Any change to seats, calendars or rules made on
 * this instance drops every entry at once; a change made on another instance shows after at
 * most {@code amtsplan.availability.cacheMillis} (default one second). Availability is advice;
 * the booking itself always decides against the ledger, so a stale answer costs a 409, never an
 * overbooking.
 */
@ApplicationScoped
public class AvailabilityCache {

  private static final int MAX_ENTRIES = 5_000;

  private record Entry(long generation, long expiresAtNanos, String json) {}

  @Inject
  @ConfigProperty(name = "amtsplan.availability.cacheMillis", defaultValue = "1000")
  long cacheMillis;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** The cached answer to this question, or a fresh one from {@code compute}. */
  public String answer(List<String> services, String location, String from, String to, Supplier<String> compute) {
    if (cacheMillis <= 0) {
      return compute.get();
    }
    String key = String.join(",", services == null ? List.of() : services) + "|" + location + "|" + from + "|" + to;
    long now = System.nanoTime();
    long current = generation.get();
    Entry entry = entries.get(key);
    if (entry != null && entry.generation() == current && now < entry.expiresAtNanos()) {
      return entry.json();
    }
    String json = compute.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(current, now + cacheMillis * 1_000_000L, json));
    return json;
  }

  /** Something that changes availability happened on this instance. */
  public void invalidate() {
    generation.incrementAndGet();
  }
}
