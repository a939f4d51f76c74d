package org.amtsplan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Collects the figures of one run and writes them as Markdown and JSON. */
final class Report {

  record Figure(String key, String what, double value, String unit, String against, Boolean met) {}

  private final Map<String, Figure> figures = new LinkedHashMap<>();
  private final Map<String, String> machine = new LinkedHashMap<>();

  void machine(String dbUrl, String user, String password) {
    machine.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    machine.put("cpu", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    machine.put("memory", memoryTotal());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("server", "Payara Micro 6.2025.10, one instance, heap as started (see peak_heap_mb)");
    try (Connection c = DriverManager.getConnection(dbUrl, user, password); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select version()")) {
      r.next();
      machine.put("database", "MariaDB " + r.getString(1) + " at " + dbUrl);
    } catch (SQLException e) {
      machine.put("database", "unreachable: " + e.getMessage());
    }
    machine.put("client", "wrk (Debian, " + Wrk.THREADS + " threads, " + Wrk.CONNECTIONS + " connections) on the same machine for"
        + " the throughput phases (empty endpoint, availability, staff and public booking); this JVM prepares them and runs the"
        + " correctness phases (contended seats, call-next, disruptions)");
  }

  /** A further line of the machine section (the cluster phase's database). */
  void machine(String key, String value) {
    machine.put(key, value);
  }

  void figure(String key, String what, double value, String unit, String against, Boolean met) {
    figures.put(key, new Figure(key, what, value, unit, against, met));
    System.out.printf(Locale.ROOT, "%-36s %12s %-10s %s%n", key, Benchmark.fmt(value), unit, against);
  }

  double value(String key) {
    Figure figure = figures.get(key);
    return figure == null ? 0 : figure.value();
  }

  void write(Path json, Path markdown) throws IOException {
    StringBuilder j = new StringBuilder("{\n");
    machine.forEach((k, v) -> j.append("  \"machine_").append(k).append("\": \"").append(escape(v)).append("\",\n"));
    int i = 0;
    for (Figure f : figures.values()) {
      j.append("  \"").append(f.key()).append("\": ").append(String.format(Locale.ROOT, "%.3f", f.value()))
          .append(++i < figures.size() ? ",\n" : "\n");
    }
    j.append("}\n");
    atomically(json, j.toString());

    StringBuilder m = new StringBuilder("# Benchmarks\n\n");
    m.append("Written by `bench/` (see the README, section *Benchmark*); every figure below comes from one run,\n")
        .append("with its baselines measured in the same run on the same machine. Do not edit by hand.\n\n");
    m.append("## Machine\n\n");
    machine.forEach((k, v) -> m.append("- ").append(k).append(": ").append(v).append('\n'));
    m.append("\n## Figures\n\n| key | what | value | against | target met |\n| --- | --- | ---: | --- | --- |\n");
    for (Figure f : figures.values()) {
      m.append("| `").append(f.key()).append("` | ").append(f.what().replace("|", "/")).append(" | ")
          .append(Benchmark.fmt(f.value())).append(' ').append(f.unit()).append(" | ").append(f.against()).append(" | ")
          .append(f.met() == null ? "" : f.met() ? "yes" : "**no**").append(" |\n");
    }
    Path notes = markdown.resolveSibling("benchmark-notes.md");
    if (Files.exists(notes)) {
      m.append("\n").append(Files.readString(notes));
    }
    atomically(markdown, m.toString());
  }

  private static void atomically(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memoryTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB RAM").findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
