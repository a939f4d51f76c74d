package org.amtsplan.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the server's used heap from its MicroProfile Metrics endpoint twice a second and keeps
 * the highest value seen.
 */
final class HeapSampler implements AutoCloseable {

  private final Api api;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong peakBytes = new AtomicLong();
  private volatile long maxBytes;

  HeapSampler(Api api) {
    this.api = api;
    timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    try {
      for (String line : api.get("/metrics?scope=base").body().split("\n")) {
        if (line.startsWith("memory_usedHeap_bytes")) {
          peakBytes.accumulateAndGet(value(line), Math::max);
        } else if (line.startsWith("memory_maxHeap_bytes")) {
          maxBytes = value(line);
        }
      }
    } catch (RuntimeException e) {
      // a missed sample is not a measurement error worth stopping for
    }
  }

  private static long value(String line) {
    return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip());
  }

  double peakMb() {
    return peakBytes.get() / (1024.0 * 1024.0);
  }

  double maxMb() {
    return maxBytes / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
