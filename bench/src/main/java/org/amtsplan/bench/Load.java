package org.amtsplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Runs simulated clients in parallel and records the latency of every call. */
final class Load {

  /** What a run produced: completed calls, the time they took, and their latencies in microseconds. */
  record Result(long calls, double seconds, Histogram latencies) {
    double perSecond() {
      return calls / seconds;
    }

    double percentileMs(double percentile) {
      return latencies.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  private Load() {}

  /**
   * {@code clients} threads call {@code call} (given the client's number) until {@code seconds} have
   * passed or a call answers false ("nothing left to do").
   */
  static Result run(int clients, double seconds, IntPredicate call) throws Exception {
    Recorder recorder = new Recorder(3_600_000_000L, 3);
    AtomicLong calls = new AtomicLong();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> {
          while (System.nanoTime() < deadline) {
            long before = System.nanoTime();
            boolean more = call.test(client);
            recorder.recordValue(Math.max(1, (System.nanoTime() - before) / 1000));
            calls.incrementAndGet();
            if (!more) {
              return null;
            }
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    return new Result(calls.get(), elapsed, recorder.getIntervalHistogram());
  }
}
