package org.amtsplan.bench;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Measures a live Amtsplan (started with demo data) against two baselines taken in the same run on
 * the same machine: raw JDBC inserts into the same MariaDB, and an empty JAX-RS endpoint on the
 * same server. The throughput phases (empty endpoint, availability, staff and public booking) run
 * in wrk ({@link Wrk}); this JVM only prepares them (locations, seats, idempotency keys, solved
 * proof-of-work challenges) and runs the correctness phases (contended seats, call-next,
 * disruptions), whose figures are not throughput targets. The last phase measures staff booking and
 * call-next again on one node of Debian's MariaDB with the cluster's settings and wsrep off, then on a
 * three-node Galera cluster of it ({@link ClusterInstance}), and gives the ratios of the two. Writes
 * docs/benchmarks.md and
 * bench/results.json. It creates its own locations and relaxes the civil registry's rules, so run
 * it against a demo instance, never a city's database.
 */
public final class Benchmark {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final String UNIT = "civil-registry";
  static final String SERVICE = "geburtsurkunde";
  static final int CLIENTS = 32;
  /** 06:00 to 22:00 in slots of 15 minutes. */
  static final int SLOTS_PER_DAY = 64;

  final String url;
  final String secondUrl = System.getProperty("bench.secondUrl", "");
  final String dbUrl = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3307/");
  final String dbUser = System.getProperty("bench.db.user", "root");
  final String dbPassword = System.getProperty("bench.db.password", "");
  final String dbSchema = System.getProperty("bench.db.schema", "amtsplan");
  final String adminCredentials = System.getProperty("bench.admin", "admin:demo");
  final int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 45);
  final int measureSeconds = Integer.getInteger("bench.measureSeconds", 15);
  final int large = Integer.getInteger("bench.large", 20_000);
  /** Phases to run (baselines, availability, booking, queue, disruption); all when empty. For profiling one of them. */
  final List<String> only = Arrays.stream(System.getProperty("bench.only", "").split(",")).map(String::strip)
      .filter(p -> !p.isEmpty()).toList();
  final Path out = Path.of(System.getProperty("bench.out", "bench"));

  final Api citizen;
  final Api admin;
  final String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(adminCredentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  final String run = Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36);
  final LocalDate tomorrow = LocalDate.now(BERLIN).plusDays(1);
  final Report report;
  final Wrk wrk;
  /** CPU time of the server and of MariaDB, when they run on this machine and can be seen; found once the server is ready. */
  CpuMeter serverCpu;
  CpuMeter databaseCpu;
  /** The days from tomorrow on that are no public holiday of the demo city (a booking on a holiday is refused with 422). */
  List<LocalDate> bookableDays;
  /** Whose CPU {@link #databaseCpu} measures, for the report. */
  String database = "MariaDB";

  /** Measures the Amtsplan at {@code url} into {@code report} (the cluster phase measures a second one into the same). */
  Benchmark(String url, Report report) throws java.io.IOException {
    this.url = url;
    this.report = report;
    citizen = Api.anonymous(url);
    admin = citizen.as(adminCredentials);
    wrk = new Wrk(url, out.resolve("wrk").resolve("requests.lua"), System.getProperty("bench.wrk", "/usr/bin/wrk"));
  }

  private record Cpu(double server, double database) {}

  private Cpu cpu() {
    return new Cpu(serverCpu == null ? -1 : serverCpu.millis(), databaseCpu == null ? -1 : databaseCpu.millis());
  }

  /** CPU milliseconds the server and MariaDB spent per successful request of a phase: comparable across runs on a busy machine. */
  private void cpuFigures(String key, Cpu before, Cpu after, long requests) {
    if (requests > 0 && before.server() >= 0 && after.server() >= 0) {
      report.figure(key + "_server_cpu_ms", "Server CPU time per request of the above (all its threads, from /proc)",
          (after.server() - before.server()) / requests, "ms", "", null);
    }
    if (requests > 0 && before.database() >= 0 && after.database() >= 0) {
      report.figure(key + "_db_cpu_ms", database + " CPU time per request of the above", (after.database() - before.database()) / requests,
          "ms", "", null);
    }
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    new Benchmark(System.getProperty("bench.url", "http://localhost:8080"), new Report()).measure();
    System.out.printf(java.util.Locale.ROOT, "done in %.0f s%n", seconds(started));
  }

  void measure() throws Exception {
    prepare();
    serverCpu = CpuMeter.of(CpuMeter.listeningOn(java.net.URI.create(url).getPort()));
    databaseCpu = CpuMeter.of(CpuMeter.listeningOn(java.net.URI.create(dbUrl.substring("jdbc:".length())).getPort()));
    report.machine(dbUrl, dbUser, dbPassword);
    try (HeapSampler heap = new HeapSampler(admin)) {
      if (!only.equals(List.of("cluster"))) {
        warmUp(); // the cluster phase warms up its own instances
      }
      if (selected("baselines")) {
        rawJdbc();
        bookingStatements(false);
        bookingStatements(true);
        emptyEndpoint();
      }
      if (selected("availability")) {
        availability();
      }
      if (selected("booking")) {
        bookingOnDistinctSeats();
        bookingOnContendedSeats();
      }
      if (selected("queue")) {
        callNext();
      }
      if (selected("disruption")) {
        // the first disruption after a start runs code the JIT has not compiled yet; the second shows a warm server
        disruption("disruption_620_s", 620, "first after start");
        disruption("disruption_620_again_s", 620, "again, warm");
        disruption("disruption_" + large + "_s", large, "");
      }
      if (!secondUrl.isBlank()) {
        twoInstances();
      }
      if (selected("cluster")) {
        cluster();
      }
      report.figure("peak_heap_mb", "Peak used heap of the server during this run (max heap " + Math.round(heap.maxMb()) + " MiB)",
          heap.peakMb(), "MiB", "≤ 512 MiB", heap.peakMb() <= 512);
    }
    report.write(out.resolve("results.json"), out.resolveSibling("docs").resolve("benchmarks.md"));
  }

  private boolean selected(String phase) {
    return only.isEmpty() || only.contains(phase);
  }

  /** Once the server is ready: the civil registry's rules relaxed so that the load fits them. */
  private void prepare() throws InterruptedException {
    awaitReady();
    Set<LocalDate> holidays = citizen.get("/api/holidays?from=" + tomorrow + "&to=" + tomorrow.plusDays(399)).expect(200).jsonArray()
        .getValuesAs(JsonObject.class).stream().map(h -> LocalDate.parse(h.getString("date"))).collect(Collectors.toSet());
    bookableDays = java.util.stream.Stream.iterate(tomorrow, d -> d.plusDays(1)).limit(400).filter(d -> !holidays.contains(d)).toList();
    admin.put("/api/units/" + UNIT + "/rules", "{\"bookingHorizonDays\":400,\"minLeadMinutes\":0,\"maxOpenPerContact\":50}").expect(200);
  }

  private void awaitReady() throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      try {
        if (citizen.get("/health/ready").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(url + " is not ready; start it with `mvn -Prun package`");
  }

  /** A location of the civil registry, open every day 06:00–22:00 with the given counters. */
  private String location(String name, int counters) {
    String id = "bench-" + name + "-" + run;
    admin.post("/api/locations", "{\"id\":\"" + id + "\",\"name\":\"Benchmark " + id + "\",\"address\":\"Messweg 1\"}").expect(201);
    admin.put("/api/units/" + UNIT + "/locations/" + id + "/opening-hours", "{\"slotMinutes\":15,\"weekly\":["
        + Arrays.stream(DayOfWeek.values())
            .map(d -> "{\"day\":\"" + d + "\",\"from\":\"06:00\",\"to\":\"22:00\",\"counters\":" + counters + "}")
            .collect(Collectors.joining(",")) + "]}").expect(200);
    return id;
  }

  private static String slot(LocalDate firstDay, int index) {
    LocalDate day = firstDay.plusDays(index / SLOTS_PER_DAY);
    return day + "T" + LocalTime.of(6, 0).plusMinutes(15L * (index % SLOTS_PER_DAY)) + ":00";
  }

  /** The index-th slot of the bookable days, 64 a day. */
  private String bookableSlot(int index) {
    return slot(bookableDays.get(index / SLOTS_PER_DAY), index % SLOTS_PER_DAY);
  }

  /** The first of {@code days} bookable days in a row, at least {@code ahead} bookable days after tomorrow. */
  private LocalDate bookableDaysInARow(int ahead, int days) {
    for (int i = ahead; i + days - 1 < bookableDays.size(); i++) {
      if (bookableDays.get(i + days - 1).equals(bookableDays.get(i).plusDays(days - 1))) {
        return bookableDays.get(i);
      }
    }
    throw new IllegalStateException("no " + days + " days in a row without a public holiday");
  }

  private static String booking(String location, String start, String who) {
    return "{\"service\":\"" + SERVICE + "\",\"location\":\"" + location + "\",\"start\":\"" + start
        + "\",\"name\":\"Bench " + who + "\",\"email\":\"" + who + "@bench.example\"}";
  }

  private String availabilityPath() {
    return "/api/availability?service=" + SERVICE + "&location=mitte&from=" + tomorrow.minusDays(1) + "&to=" + tomorrow.plusDays(27);
  }

  /** The JIT needs about 45 s of the real mix before figures mean anything: each phase's requests, in wrk. */
  private void warmUp() throws Exception {
    int each = Math.max(5, warmupSeconds / 4);
    wrk.repeatedly("warm-ping", Wrk.line("GET", "/api/ping", null, Map.of()), 204, each);
    wrk.repeatedly("warm-availability", Wrk.line("GET", availabilityPath(), null, Map.of()), 200, each);
    wrk.once("warm-staff", staffBookings("warm-staff", 1500 * each), 201, each);
    wrk.once("warm-public", publicBookings("warm-public", 300 * each), 201, each);
    System.out.println("warmed up");
  }

  /**
   * Staff phone bookings as a city's call centre sends them: HTTP Basic, each with its own
   * Idempotency-Key, each on a seat nobody else asks for (locations with one counter, every slot of
   * every day from tomorrow on).
   */
  private List<String> staffBookings(String name, int count) {
    return bookingLines(name, count, (location, start, who) -> Wrk.line("POST", "/api/appointments", booking(location, start, who),
        Map.of("Authorization", basic, "Idempotency-Key", who)));
  }

  /**
   * Anonymous bookings as the booking page sends them: each with its own proof-of-work challenge,
   * fetched and solved here before the clock starts (the server's difficulty, every challenge used
   * once), and an Idempotency-Key.
   */
  private List<String> publicBookings(String name, int count) throws InterruptedException {
    List<String> solutions = solvedChallenges(count);
    AtomicInteger next = new AtomicInteger();
    return bookingLines(name, count, (location, start, who) -> Wrk.line("POST", "/api/appointments", booking(location, start, who),
        Map.of("X-Proof-Of-Work", solutions.get(next.getAndIncrement()), "Idempotency-Key", who)));
  }

  interface BookingLine {
    String line(String location, String start, String who);
  }

  private List<String> bookingLines(String name, int count, BookingLine line) {
    int seatsPerLocation = SLOTS_PER_DAY * Math.min(380, bookableDays.size());
    List<String> lines = new java.util.ArrayList<>(count);
    String location = null;
    for (int n = 0; n < count; n++) {
      if (n % seatsPerLocation == 0) {
        location = location(name + "-" + n / seatsPerLocation, 1);
      }
      lines.add(line.line(location, bookableSlot(n % seatsPerLocation), name + "-" + run + "-" + n));
    }
    return lines;
  }

  /** Challenges fetched and solved in parallel on every core, before any timed phase starts. */
  private List<String> solvedChallenges(int count) throws InterruptedException {
    long started = System.nanoTime();
    String[] solved = new String[count];
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new java.util.ArrayList<>();
    // more threads than cores: each waits for its challenge's answer before it solves it
    for (int t = 0; t < 4 * Runtime.getRuntime().availableProcessors(); t++) {
      Thread worker = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          solved[i] = citizen.solvedChallenge();
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.printf(java.util.Locale.ROOT, "  %d challenges fetched and solved in %.1f s%n", count, seconds(started));
    return Arrays.asList(solved);
  }

  private void rawJdbc() throws Exception {
    try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
      s.execute("create database if not exists amtsplan_bench");
      s.execute("create table if not exists amtsplan_bench.raw_insert (id bigint auto_increment primary key,"
          + " payload varchar(100) not null, created_at timestamp(3) not null default current_timestamp(3)) engine=InnoDB");
    }
    Map<Integer, Connection> connections = new ConcurrentHashMap<>();
    try {
      Load.Result result = Load.run(4, measureSeconds, client -> {
        try {
          Connection c = connections.computeIfAbsent(client, k -> open());
          try (PreparedStatement insert = c.prepareStatement("insert into amtsplan_bench.raw_insert (payload) values (?)")) {
            insert.setString(1, "row of client " + client);
            insert.executeUpdate();
          }
          return true;
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      report.figure("raw_jdbc_tx_per_s", "Baseline: single-row INSERTs with autocommit, 4 threads, same MariaDB",
          result.perSecond(), "tx/s", "baseline", null);
    } finally {
      for (Connection c : connections.values()) {
        c.close();
      }
    }
  }

  /**
   * The floor under a staff booking: the statements a staff booking sends in steady state (caches warm; taken from
   * MariaDB's general log), replayed by plain JDBC from this JVM on 32 connections, one transaction each, with no HTTP,
   * JAX-RS, CDI or JPA. What MariaDB and its driver alone allow on this machine; copies of the kernel's tables (same
   * columns and keys, no foreign keys) in a scratch schema, so the demo data stays as it is. With {@code fewest}, the
   * fewest round trips these writes could take: the connection stays out of autocommit (no {@code set autocommit}
   * before and after), and the seat is taken by one statement instead of two.
   */
  private void bookingStatements(boolean fewest) throws Exception {
    List<String> tables = List.of("sch_contact_guard", "sch_idempotency", "sch_appointment", "sch_appointment_service",
        "sch_appointment_history", "sch_seat_ledger");
    try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
      s.execute("create database if not exists amtsplan_bench");
      for (String table : tables) {
        s.execute("drop table if exists amtsplan_bench." + table);
        s.execute("create table amtsplan_bench." + table + " like " + dbSchema + "." + table);
      }
    }
    AtomicInteger seat = new AtomicInteger();
    Map<Integer, Connection> connections = new ConcurrentHashMap<>();
    Cpu before = cpu();
    try {
      Load.Result result = Load.run(CLIENTS, measureSeconds, client -> {
        Connection c = connections.computeIfAbsent(client, k -> open());
        int n = seat.incrementAndGet();
        String code = String.format(java.util.Locale.ROOT, fewest ? "G%06d" : "F%06d", n);
        java.sql.Timestamp slot = java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2030, 1, 1, 6, 0).plusMinutes(15L * n));
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        try {
          c.setAutoCommit(false);
          String seatRow = fewest
              ? "insert into amtsplan_bench.sch_seat_ledger (unit_id, location_id, slot_start, pool, taken) values (?, 'floor', ?,"
                  + " 'PUBLIC', 1) on duplicate key update taken = if(taken < 1, taken + 1, -1)"
              : "insert into amtsplan_bench.sch_seat_ledger (unit_id, location_id, slot_start, pool, taken) values (?, 'floor', ?,"
                  + " 'PUBLIC', 0) on duplicate key update taken = taken";
          try (PreparedStatement guard = c.prepareStatement(
              "insert into amtsplan_bench.sch_contact_guard (bucket, bookings) values (?, 1) on duplicate key update bookings = bookings + 1");
              PreparedStatement key = c.prepareStatement("insert ignore into amtsplan_bench.sch_idempotency (scope, caller, idem_key,"
                  + " body_hash, appointment_code, created_at) values ('appointments', 'staff:admin', ?, ?, ?, ?)");
              PreparedStatement openCount = c.prepareStatement("select count(id) from amtsplan_bench.sch_appointment where unit_id = ?"
                  + " and status in ('BOOKED','RESERVED') and starts_at > ? and code <> '' and (email = ? or phone = ?)");
              PreparedStatement row = c.prepareStatement(seatRow);
              PreparedStatement take = c.prepareStatement("update amtsplan_bench.sch_seat_ledger set taken = taken + 1 where unit_id = ?"
                  + " and location_id = 'floor' and slot_start = ? and pool = 'PUBLIC' and taken < 1");
              PreparedStatement appointment = c.prepareStatement("insert into amtsplan_bench.sch_appointment (code, created_at,"
                  + " ends_at, language, location_id, made_by, moves, name, phone, pool, slot_minutes, starts_at, status, token,"
                  + " unit_id, unserved, version) values (?, ?, ?, 'de', 'floor', 'admin', 0, 'Erika Muster', ?, 'PUBLIC', 15, ?,"
                  + " 'BOOKED', ?, ?, 0, 1)", Statement.RETURN_GENERATED_KEYS);
              PreparedStatement service = c.prepareStatement("insert into amtsplan_bench.sch_appointment_service (appointment_id,"
                  + " service_code, position) values (?, 'geburtsurkunde', 0)");
              PreparedStatement history = c.prepareStatement("insert into amtsplan_bench.sch_appointment_history (actor,"
                  + " appointment_id, at, detail_key, to_status) values ('admin', ?, ?, 'scheduling.history.bookedByStaff', 'BOOKED')")) {
            String phone = "+49 30 " + (1_000_000 + n);
            guard.setLong(1, phone.hashCode() & 0xfffff);
            guard.executeUpdate();
            key.setString(1, code);
            key.setString(2, Integer.toHexString(code.hashCode()));
            key.setString(3, code);
            key.setTimestamp(4, now);
            key.executeUpdate();
            openCount.setString(1, UNIT);
            openCount.setTimestamp(2, now);
            openCount.setString(3, "");
            openCount.setString(4, phone);
            try (ResultSet count = openCount.executeQuery()) {
              count.next();
            }
            row.setString(1, UNIT);
            row.setTimestamp(2, slot);
            row.executeUpdate();
            take.setString(1, UNIT);
            take.setTimestamp(2, slot);
            if (!fewest && take.executeUpdate() != 1) {
              throw new IllegalStateException("seat " + slot + " taken twice");
            }
            appointment.setString(1, code);
            appointment.setTimestamp(2, now);
            appointment.setTimestamp(3, new java.sql.Timestamp(slot.getTime() + 15 * 60_000));
            appointment.setString(4, phone);
            appointment.setTimestamp(5, slot);
            appointment.setString(6, code + "-token");
            appointment.setString(7, UNIT);
            appointment.executeUpdate();
            long id;
            try (ResultSet keys = appointment.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
            service.setLong(1, id);
            service.executeUpdate();
            history.setLong(1, id);
            history.setTimestamp(2, now);
            history.executeUpdate();
          }
          c.commit();
          if (!fewest) {
            c.setAutoCommit(true);
          }
          return true;
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      Cpu after = cpu();
      String key = fewest ? "booking_statements_fewest" : "booking_statements";
      report.figure(key + "_tx_per_s", fewest
          ? "Baseline: the same writes in the fewest round trips (no autocommit switching, one ledger statement), plain JDBC,"
              + " 32 connections"
          : "Baseline: a staff booking's statements alone (autocommit off, guard, key, contact count, two ledger statements,"
              + " appointment, service, history, commit, autocommit on), plain JDBC from the benchmark's JVM, 32 connections,"
              + " no HTTP, JAX-RS, CDI or JPA", result.perSecond(), "tx/s", "baseline", null);
      report.figure(key + "_p99_ms", "Baseline: latency p99 of the above", result.percentileMs(99), "ms", "baseline", null);
      if (before.database() >= 0 && after.database() >= 0 && result.calls() > 0) {
        report.figure(key + "_db_cpu_ms", database + " CPU time per transaction of the above",
            (after.database() - before.database()) / result.calls(), "ms", "", null);
      }
    } finally {
      for (Connection c : connections.values()) {
        c.close();
      }
    }
  }

  private Connection open() {
    try {
      Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
      c.setAutoCommit(true);
      return c;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void emptyEndpoint() throws Exception {
    Cpu before = cpu();
    Wrk.Result result = wrk.repeatedly("ping", Wrk.line("GET", "/api/ping", null, Map.of()), 204, measureSeconds);
    Cpu after = cpu();
    report.figure("empty_endpoint_req_per_s", "Baseline: empty JAX-RS endpoint (GET /api/ping), wrk, 32 connections" + problems(result),
        result.okPerSecond(), "req/s", "baseline", null);
    report.figure("empty_endpoint_p99_ms", "Baseline: empty endpoint latency p99, wrk, 32 connections", result.p99Ms(), "ms",
        "baseline", null);
    cpuFigures("empty_endpoint", before, after, result.ok());
  }

  private void availability() throws Exception {
    Cpu before = cpu();
    Wrk.Result result = wrk.repeatedly("availability", Wrk.line("GET", availabilityPath(), null, Map.of()), 200, measureSeconds);
    Cpu after = cpu();
    double emptyP99 = report.value("empty_endpoint_p99_ms");
    report.figure("availability_req_per_s", "Availability, four weeks of a demo location, wrk, 32 connections" + problems(result),
        result.okPerSecond(), "req/s", ratio(result.okPerSecond(), "empty_endpoint_req_per_s") + " of the empty endpoint", null);
    report.figure("availability_p50_ms", "Availability latency p50 (four weeks, 32 connections)", result.p50Ms(), "ms", "", null);
    report.figure("availability_p99_ms", "Availability latency p99 (four weeks, 32 connections)", result.p99Ms(), "ms",
        "≤ 2 × empty endpoint p99 (" + fmt(2 * emptyP99) + " ms)", emptyP99 > 0 && result.p99Ms() <= 2 * emptyP99);
    cpuFigures("availability", before, after, result.ok());
  }

  /** A load phase's result with the CPU counters before and after it. */
  private record Measured<R>(R result, Cpu before, Cpu after) {}

  /** Every request takes a seat no other request wants: the cost of a booking without contention, staff and public. */
  private void bookingOnDistinctSeats() throws Exception {
    staffBookingOnDistinctSeats();
    // solving challenges is the slow part of the preparation: twice what the staff rate needs, at most
    // 20,000; when that is not enough for the full time, the phase is shortened rather than run dry
    double expected = Math.max(100, 2 * report.value("staff_booking_per_s"));
    int publicSeconds = (int) Math.max(5, Math.min(measureSeconds, Math.floor(20_000 / expected)));
    int publicCount = (int) Math.min(20_000, Math.max(2_000, Math.ceil(expected * publicSeconds)));
    List<String> publicLines = publicBookings("public", publicCount);
    Cpu before = cpu();
    Wrk.Result anonymous = wrk.once("public", publicLines, 201, publicSeconds);
    Cpu after = cpu();
    bookingFigures("booking", "Public booking (anonymous, proof-of-work solved beforehand, RESERVED until confirmed, mail into the"
        + " outbox, Idempotency-Key), distinct seats, wrk, 32 connections", anonymous);
    cpuFigures("booking", before, after, anonymous.ok());
  }

  private static final String STAFF_BOOKING = "Staff booking (phone booking, HTTP Basic, BOOKED at once, Idempotency-Key), distinct"
      + " seats, wrk, 32 connections";

  private void staffBookingOnDistinctSeats() throws Exception {
    Measured<Wrk.Result> staff = staffBookingsMeasured("staff");
    bookingFigures("staff_booking", STAFF_BOOKING, staff.result());
    cpuFigures("staff_booking", staff.before(), staff.after(), staff.result().ok());
  }

  /** Staff bookings on distinct seats for the measuring time, in wrk; the requests prepared before the clock starts. */
  private Measured<Wrk.Result> staffBookingsMeasured(String name) throws Exception {
    List<String> lines = staffBookings(name, 2000 * measureSeconds);
    Cpu before = cpu();
    Wrk.Result result = wrk.once(name, lines, 201, measureSeconds);
    return new Measured<>(result, before, cpu());
  }

  private void bookingFigures(String key, String what, Wrk.Result result) {
    double perSecond = result.okPerSecond();
    report.figure(key + "_per_s", what + problems(result) + (result.ranOut() ? "; RAN OUT OF PREPARED REQUESTS" : ""), perSecond,
        "bookings/s", ratio(perSecond, "raw_jdbc_tx_per_s") + " of raw JDBC, " + ratio(perSecond, "empty_endpoint_req_per_s")
            + " of the empty endpoint, " + ratio(perSecond, "booking_statements_tx_per_s") + " of its statements alone; target ≥ 1000",
        perSecond >= 1000 && !result.ranOut());
    report.figure(key + "_p50_ms", "Latency p50 of the above", result.p50Ms(), "ms", "", null);
    report.figure(key + "_p99_ms", "Latency p99 of the above", result.p99Ms(), "ms", "≤ 100 ms", result.p99Ms() <= 100);
  }

  private static String problems(Wrk.Result result) {
    String problems = result.problems();
    return problems.isEmpty() ? "" : " (" + problems + ")";
  }

  /** 32 clients fight over 256 seats of one day until none is left: no seat may be sold twice. */
  private void bookingOnContendedSeats() throws Exception {
    int counters = 4;
    String location = location("contended", counters);
    int seats = counters * SLOTS_PER_DAY;
    AtomicInteger booked = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger attempt = new AtomicInteger();
    Load.Result result = Load.run(CLIENTS, 120, client -> {
      if (booked.get() >= seats) {
        return false;
      }
      String start = slot(bookableDays.get(1), ThreadLocalRandom.current().nextInt(SLOTS_PER_DAY));
      Api.Reply reply = citizen.post("/api/appointments", booking(location, start, "c" + run + "-" + attempt.incrementAndGet()));
      if (reply.status() == 201) {
        booked.incrementAndGet();
      } else {
        check(reply, 409);
        refused.incrementAndGet();
      }
      return true;
    });
    // after the rush: every slot of that day must be full
    long stillFree = citizen.get("/api/availability?service=" + SERVICE + "&location=" + location + "&from=" + bookableDays.get(1)
        + "&to=" + bookableDays.get(1)).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
        .mapToInt(o -> o.getInt("free")).sum();
    boolean exact = booked.get() == seats && stillFree == 0;
    report.figure("booking_contended_per_s", "Public booking, 32 clients competing for " + seats + " seats (successful bookings/s; "
            + booked.get() + " booked, " + refused.get() + " refused with 409, " + stillFree + " left)",
        booked.get() / result.seconds(), "bookings/s", exact ? "exactly " + seats + " sold" : "OVERBOOKED OR UNDERSOLD", exact);
  }

  private record Calls(Load.Result drawing, Load.Result calling, int tickets, int called, int twice) {
    boolean exact() {
      return called == tickets && twice == 0;
    }

    String what() {
      return "Call-next, 8 counters emptying a queue of " + tickets + " (" + called + " called, " + twice + " twice)";
    }
  }

  /** Walk-ins drawn, then 8 counters call the queue empty: every ticket once. */
  private void callNext() throws Exception {
    Measured<Calls> measured = queueEmptied();
    Calls calls = measured.result();
    report.figure("walk_in_tickets_per_s", "Walk-in tickets drawn, 32 clients", Math.min(calls.tickets(), calls.drawing().calls())
        / calls.drawing().seconds(), "tickets/s", "", null);
    report.figure("call_next_per_s", calls.what(), calls.called() / calls.calling().seconds(), "calls/s",
        calls.exact() ? "each ticket once" : "DOUBLE OR MISSED CALLS", calls.exact());
    report.figure("call_next_p50_ms", "Latency p50 of the above", calls.calling().percentileMs(50), "ms", "", null);
    report.figure("call_next_p99_ms", "Latency p99 of the above", calls.calling().percentileMs(99), "ms", "", null);
    cpuFigures("call_next", measured.before(), measured.after(), calls.called());
  }

  /** 2000 walk-ins drawn by 32 clients, then called by 8 counters until none is left; the CPU counters around the calling. */
  private Measured<Calls> queueEmptied() throws Exception {
    String location = location("queue", 20);
    String base = "/api/units/" + UNIT + "/locations/" + location;
    int tickets = 2000;
    AtomicInteger drawn = new AtomicInteger();
    Load.Result drawing = Load.run(CLIENTS, 300, client -> {
      if (drawn.getAndIncrement() >= tickets) {
        return false;
      }
      check(admin.post(base + "/tickets", "{\"walkIn\":{\"service\":\"" + SERVICE + "\"}}"), 201);
      return true;
    });
    Set<Long> called = ConcurrentHashMap.newKeySet();
    AtomicInteger twice = new AtomicInteger();
    Cpu before = cpu();
    Load.Result calling = Load.run(8, 300, counter -> {
      Api.Reply reply = admin.post(base + "/queue/call-next", "{\"counter\":\"" + (counter + 1) + "\"}");
      if (reply.status() == 204) {
        return false;
      }
      check(reply, 200);
      if (!called.add(reply.json().getJsonNumber("id").longValue())) {
        twice.incrementAndGet();
      }
      return true;
    });
    Cpu after = cpu();
    return new Measured<>(new Calls(drawing, calling, tickets, called.size(), twice.get()), before, after);
  }

  /**
   * The afternoon the power went out: n booked appointments (with e-mail) in a window, then preview,
   * declare, replacement sessions and rebook, timed together; the outbox then holds a notice and a
   * proposal per person, written in the same transactions.
   */
  private void disruption(String key, int n, String when) throws Exception {
    int days = Math.max(1, (int) Math.ceil(n / 3200.0));
    int counters = (int) Math.ceil(n / (double) (SLOTS_PER_DAY * days));
    String name = key.replace("disruption_", "d").replace("_s", "").replace('_', '-');
    String location = location(name, counters);
    LocalDate first = bookableDaysInARow(19, days);
    AtomicInteger next = new AtomicInteger();
    Load.Result filling = Load.run(CLIENTS, 3600, client -> {
      int i = next.getAndIncrement();
      if (i >= n) {
        return false;
      }
      int seat = i / counters;
      check(admin.post("/api/appointments", booking(location, slot(first, seat), "p" + name + "-" + run + "-" + i)), 201);
      return true;
    });
    report.figure("staff_booking_per_s_" + n, "Staff booking (phone booking, confirmed at once) while filling " + n + " appointments",
        n / filling.seconds(), "bookings/s", "", null);

    String declaration = "{\"locations\":[\"" + location + "\"],\"units\":[\"" + UNIT + "\"],\"from\":\"" + first
        + "T00:00:00\",\"to\":\"" + first.plusDays(days) + "T00:00:00\",\"reason\":\"Benchmark: Stromausfall\"}";
    long started = System.nanoTime();
    int previewed = admin.post("/api/disruptions/preview", declaration).expect(200).json().getInt("appointments");
    double previewS = seconds(started);
    JsonObject declared = admin.post("/api/disruptions", declaration).expect(201).json();
    double declareS = seconds(started) - previewS;
    String id = declared.getString("id");
    for (int d = 0; d < days; d++) {
      admin.post("/api/units/" + UNIT + "/locations/" + location + "/sessions", "{\"date\":\"" + first.plusDays(days + d)
          + "\",\"from\":\"06:00\",\"to\":\"22:00\",\"counters\":" + counters + ",\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
          + id + "\"}").expect(201);
    }
    double sessionsS = seconds(started) - previewS - declareS;
    JsonObject rebooked = admin.post("/api/disruptions/" + id + "/rebook", "{}").expect(200).json();
    double total = seconds(started);
    double rebookS = total - previewS - declareS - sessionsS;
    long messages = outboxMessages(location);
    boolean complete = previewed == n && declared.getInt("appointments") == n && rebooked.getInt("proposed") == n && messages == 2L * n;
    double target = n <= 620 ? 2 : 30;
    report.figure(key, "Disruption of " + n + " appointments" + (when.isEmpty() ? "" : " (" + when + ")") + ": preview " + fmt(previewS) + " s + declare " + fmt(declareS)
            + " s + replacement sessions " + fmt(sessionsS) + " s + rebook " + fmt(rebookS) + " s; " + rebooked.getInt("proposed")
            + " proposed, " + rebooked.getInt("unplaced") + " unplaced, " + messages + " messages in the outbox",
        total, "s", "≤ " + (int) target + " s" + (complete ? "" : "; INCOMPLETE"), complete && total <= target);
  }

  /** Notices and proposals written for the appointments of one location. */
  private long outboxMessages(String location) throws SQLException {
    try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
        PreparedStatement query = c.prepareStatement("select count(*) from " + dbSchema + ".ntf_outbox o join " + dbSchema + ".sch_appointment a"
            + " on a.code = o.reference where a.location_id = ? and o.kind in ('DISRUPTION_NOTICE', 'REPLACEMENT_PROPOSAL')")) {
      query.setString(1, location);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** 200 clients on two instances compete for 50 seats; 8 counters on both empty one queue. */
  private void twoInstances() throws Exception {
    Api[] citizens = {citizen, Api.anonymous(secondUrl)};
    Api[] admins = {admin, Api.anonymous(secondUrl).as(System.getProperty("bench.admin", "admin:demo"))};
    String location = location("two", 5);
    AtomicInteger booked = new AtomicInteger();
    AtomicInteger client = new AtomicInteger();
    Load.run(200, 120, c -> {
      int n = client.getAndIncrement();
      Api.Reply reply = citizens[c % 2].post("/api/appointments", booking(location, slot(bookableDays.get(3), n % 10), "t" + run + "-" + n));
      if (reply.status() == 201) {
        booked.incrementAndGet();
      } else {
        check(reply, 409);
      }
      return false;
    });
    report.figure("two_instances_seats_sold", "200 clients on two instances competing for 50 seats", booked.get(), "seats",
        "exactly 50", booked.get() == 50);

    String base = "/api/units/" + UNIT + "/locations/" + location;
    for (int i = 0; i < 400; i++) {
      check(admins[i % 2].post(base + "/tickets", "{\"walkIn\":{\"service\":\"" + SERVICE + "\"}}"), 201);
    }
    Set<Long> called = ConcurrentHashMap.newKeySet();
    AtomicInteger twice = new AtomicInteger();
    Load.run(8, 300, counter -> {
      Api.Reply reply = admins[counter % 2].post(base + "/queue/call-next", "{\"counter\":\"" + (counter + 1) + "\"}");
      if (reply.status() == 204) {
        return false;
      }
      check(reply, 200);
      if (!called.add(reply.json().getJsonNumber("id").longValue())) {
        twice.incrementAndGet();
      }
      return true;
    });
    report.figure("two_instances_calls", "8 counters on two instances calling 400 tickets (" + twice.get() + " called twice)",
        called.size(), "tickets", "each of 400 once", called.size() == 400 && twice.get() == 0);
  }

  /**
   * Staff booking and call-next on a three-node Galera cluster on loopback, and before it on one node
   * of the same binary and settings with wsrep off (each with its own instance, started, warmed up,
   * measured and stopped in turn): what synchronous replication costs a booking and a call, as a
   * ratio of the two, with no other difference between them.
   */
  private void cluster() throws Exception {
    if (!org.amtsplan.testing.GaleraCluster.available()) {
      if (only.contains("cluster")) {
        throw new IllegalStateException("the cluster phase needs Debian's mariadb-server, galera-4 and rsync");
      }
      System.out.println("cluster phase skipped: Debian's mariadb-server, galera-4 and rsync are not installed");
      return;
    }
    Path buildDir = Path.of(System.getProperty("amtsplan.buildDir", "target"));
    try (ClusterInstance single = ClusterInstance.singleNode(buildDir)) {
      report.machine("cluster_single", single.describe());
      onGalera(single, "cluster_single", "single", "on one node of the cluster's MariaDB and settings, wsrep off", "MariaDB (the one node)",
          "", "the embedded node");
    }
    try (ClusterInstance galera = ClusterInstance.cluster(buildDir)) {
      report.machine("cluster", galera.describe());
      onGalera(galera, "cluster", "cluster", "on a three-node Galera cluster on loopback, one instance writing through node 1",
          "Galera (all three nodes)", "cluster_single_", "the single node");
    }
    String versus = " ÷ one node of the same MariaDB and settings with wsrep off (`cluster_single_*`, same run; 1 = replication"
        + " costs nothing)";
    quotient("cluster_booking_ratio", "Staff bookings per second, three-node cluster" + versus, "cluster_staff_booking_per_s",
        "cluster_single_staff_booking_per_s");
    quotient("cluster_booking_p99_ratio", "Staff booking latency p99, three-node cluster ÷ the single node", "cluster_staff_booking_p99_ms",
        "cluster_single_staff_booking_p99_ms");
    quotient("cluster_call_next_ratio", "Calls per second, three-node cluster ÷ the single node", "cluster_call_next_per_s",
        "cluster_single_call_next_per_s");
  }

  /**
   * The staff booking and call-next of the single-node phases ({@code staff_booking_*}, {@code call_next_*}) on an
   * instance of the cluster phase, after the same warm-up (a fresh JVM would otherwise pay for the JIT), as figures
   * {@code <key>_staff_booking_*} and {@code <key>_call_next_*}, each set beside the figure of {@code versus} (a key
   * prefix) named {@code versusName}.
   */
  private void onGalera(ClusterInstance galera, String key, String name, String where, String databaseName, String versus,
      String versusName) throws Exception {
    Benchmark on = new Benchmark(galera.url(), report);
    on.serverCpu = galera.serverCpu();
    on.databaseCpu = galera.databaseCpu();
    on.database = databaseName;
    on.prepare();
    on.warmUp();
    Measured<Wrk.Result> staff = on.staffBookingsMeasured(name + "-staff");
    Wrk.Result booking = staff.result();
    report.figure(key + "_staff_booking_per_s", "Staff booking as above (`staff_booking_per_s`), " + where + problems(booking)
            + (booking.ranOut() ? "; RAN OUT OF PREPARED REQUESTS" : ""), booking.okPerSecond(), "bookings/s",
        beside(versus + "staff_booking_per_s", versusName, booking.okPerSecond()), null);
    report.figure(key + "_staff_booking_p50_ms", "Latency p50 of the above", booking.p50Ms(), "ms",
        beside(versus + "staff_booking_p50_ms", versusName), null);
    report.figure(key + "_staff_booking_p99_ms", "Latency p99 of the above", booking.p99Ms(), "ms",
        beside(versus + "staff_booking_p99_ms", versusName), null);
    on.cpuFigures(key + "_staff_booking", staff.before(), staff.after(), booking.ok());

    Measured<Calls> measured = on.queueEmptied();
    Calls calls = measured.result();
    double callsPerSecond = calls.called() / calls.calling().seconds();
    report.figure(key + "_call_next_per_s", calls.what() + ", " + where, callsPerSecond, "calls/s",
        beside(versus + "call_next_per_s", versusName, callsPerSecond) + (calls.exact() ? "; each ticket once" : "; DOUBLE OR MISSED CALLS"),
        calls.exact());
    report.figure(key + "_call_next_p50_ms", "Latency p50 of the above", calls.calling().percentileMs(50), "ms",
        beside(versus + "call_next_p50_ms", versusName), null);
    report.figure(key + "_call_next_p99_ms", "Latency p99 of the above", calls.calling().percentileMs(99), "ms",
        beside(versus + "call_next_p99_ms", versusName), null);
    on.cpuFigures(key + "_call_next", measured.before(), measured.after(), calls.called());
  }

  /** What {@code value} is of this run's figure {@code key}, named; empty when that was not measured. */
  private String beside(String key, String name, double value) {
    return report.value(key) == 0 ? "" : ratio(value, key) + " of " + name;
  }

  /** This run's latency {@code key}, named; empty when it was not measured. */
  private String beside(String key, String name) {
    return report.value(key) == 0 ? "" : name + " " + fmt(report.value(key)) + " ms";
  }

  private void quotient(String key, String what, String clusterKey, String singleKey) {
    double single = report.value(singleKey);
    if (single > 0) {
      report.figure(key, what, report.value(clusterKey) / single, "×", "see docs/scaling.md, *What the cluster costs*", null);
    }
  }

  private String ratio(double value, String baselineKey) {
    double baseline = report.value(baselineKey);
    return baseline > 0 ? Math.round(100 * value / baseline) + " %" : "n/a";
  }

  private static void check(Api.Reply reply, int expected) {
    reply.expect(expected);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  static String fmt(double value) {
    return String.format(java.util.Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }
}
