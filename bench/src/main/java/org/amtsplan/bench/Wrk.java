package org.amtsplan.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one load phase with wrk, the native load generator from Debian ({@code /usr/bin/wrk}), so
 * the figures are the server's and not a JVM client's competing for the same two cores. Everything
 * that must not be timed (distinct seats, idempotency keys, solved proof-of-work challenges) is
 * prepared by the caller as one request per line; {@code bench/wrk/requests.lua} sends each line
 * once, or again and again for reads.
 */
final class Wrk {

  /** What wrk measured: successes (the expected status), other answers and latency percentiles. */
  record Result(double seconds, long requests, long ok, long other, String statuses, long used, long prepared,
      long socketErrors, long timeouts, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

    double okPerSecond() {
      return ok / seconds;
    }

    double requestsPerSecond() {
      return requests / seconds;
    }

    /** Whether every prepared request was used up before the time was over (then the rate is too low). */
    boolean ranOut() {
      return used >= prepared;
    }

    String problems() {
      List<String> problems = new ArrayList<>();
      if (other > 0) {
        problems.add(other + " unexpected answers " + statuses);
      }
      if (socketErrors + timeouts > 0) {
        problems.add(socketErrors + " socket errors, " + timeouts + " timeouts");
      }
      return String.join("; ", problems);
    }
  }

  static final int THREADS = 2;
  static final int CONNECTIONS = 32;

  private final String url;
  private final Path script;
  private final String binary;
  private final Path folder;

  Wrk(String url, Path script, String binary) throws IOException {
    this.url = url;
    this.script = script.toAbsolutePath();
    this.binary = binary;
    this.folder = Files.createTempDirectory("amtsplan-bench");
    if (!Files.isExecutable(Path.of(binary))) {
      throw new IllegalStateException(binary + " not found: install Debian's wrk (apt-get install wrk)");
    }
  }

  /** Sends each line once (writes: every seat, key and challenge used exactly once). */
  Result once(String name, List<String> lines, int expect, int seconds) throws IOException, InterruptedException {
    return run(name, lines, expect, seconds, false);
  }

  /** Sends the lines again and again (reads). */
  Result repeatedly(String name, String line, int expect, int seconds) throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < CONNECTIONS; i++) {
      lines.add(line);
    }
    return run(name, lines, expect, seconds, true);
  }

  /** One request line: {@code method|path|body|header: value|...}; '|' never occurs in our bodies. */
  static String line(String method, String path, String body, Map<String, String> headers) {
    StringBuilder line = new StringBuilder(method).append('|').append(path).append('|').append(body == null ? "" : body);
    headers.forEach((name, value) -> line.append('|').append(name).append(": ").append(value));
    if (line.indexOf("\n") >= 0) {
      throw new IllegalArgumentException("a request line must be one line");
    }
    return line.toString();
  }

  private Result run(String name, List<String> lines, int expect, int seconds, boolean cycle)
      throws IOException, InterruptedException {
    Path requests = folder.resolve(name + ".txt");
    Files.write(requests, lines, StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder(binary, "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s",
        "--timeout", "10s", "-s", script.toString(), url)
        .redirectErrorStream(true);
    builder.environment().put("BENCH_REQUESTS", requests.toString());
    builder.environment().put("BENCH_EXPECT", Integer.toString(expect));
    builder.environment().put("BENCH_THREADS", Integer.toString(THREADS));
    builder.environment().put("BENCH_CYCLE", cycle ? "1" : "0");
    Process wrk = builder.start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
      throw new IllegalStateException("wrk failed for " + name + ":\n" + output);
    }
    Files.deleteIfExists(requests);
    String summary = output.lines().filter(l -> l.startsWith("BENCH ")).findFirst()
        .orElseThrow(() -> new IllegalStateException("no summary from wrk for " + name + ":\n" + output));
    output.lines().filter(l -> l.startsWith("unexpected ")).limit(3).forEach(l -> System.out.println("  " + name + ": " + l));
    JsonObject json;
    try (var reader = jakarta.json.Json.createReader(new StringReader(summary.substring(6)))) {
      json = reader.readObject();
    }
    return new Result(json.getJsonNumber("seconds").doubleValue(), json.getJsonNumber("requests").longValue(),
        json.getJsonNumber("ok").longValue(), json.getJsonNumber("other").longValue(), json.getJsonObject("statuses").toString(),
        json.getJsonNumber("used").longValue(), json.getJsonNumber("prepared").longValue(),
        json.getJsonNumber("socket_errors").longValue(), json.getJsonNumber("timeouts").longValue(),
        json.getJsonNumber("p50_ms").doubleValue(), json.getJsonNumber("p90_ms").doubleValue(),
        json.getJsonNumber("p99_ms").doubleValue(), json.getJsonNumber("max_ms").doubleValue());
  }
}
