package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.GaleraCluster;
import org.amtsplan.testing.SecondInstance;
import org.amtsplan.testing.TestUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Amtsplan, unchanged, on a real three-node MariaDB Galera cluster that the test starts on loopback
 * ({@link GaleraCluster}), with two instances writing through two different nodes at once (the
 * hardest case for Galera's optimistic certification; a city writes through one node at a time).
 * Each instance reaches the cluster through the driver's {@code sequential} failover URL, its own
 * node first. Proves that the seats are sold exactly once across nodes, that no booking confirmed
 * with 201 is lost when a node is killed and rejoins, and that readiness follows the node's state.
 * The tests run in order: they share one cluster, and the last one breaks its quorum.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterIT {

    static final String DATABASE = "amtsplan";
    static final String UNIT = TestUnit.UNIT;

    static GaleraCluster cluster;
    static SecondInstance one;
    static SecondInstance two;

    @BeforeAll
    static void clusterAndTwoInstances() throws Exception {
        // as the browser tests do: a developer machine without Debian's packages skips, CI has them
        assumeTrue(GaleraCluster.available(), "mariadb-server and galera-4 are not installed");
        String buildDir = System.getProperty("amtsplan.buildDir", "target");
        cluster = GaleraCluster.start(Path.of(buildDir, "galera"), 3, DATABASE);
        File war = Deployments.exported(Deployments.withTestUnit(), "amtsplan-galera-it.war");
        // one after the other: the first migrates the schema and creates the demo accounts
        one = SecondInstance.start(war, environment(1, true));
        two = SecondInstance.start(war, environment(2, false));
    }

    static Map<String, String> environment(int firstNode, boolean demo) {
        return Map.of(
                "AMTSPLAN_DB_URL",
                cluster.failoverUrl(firstNode, DATABASE),
                "AMTSPLAN_DB_USER",
                GaleraCluster.USER,
                "AMTSPLAN_DB_PASSWORD",
                GaleraCluster.PASSWORD,
                "AMTSPLAN_DEMO",
                Boolean.toString(demo));
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable closeable : new AutoCloseable[] {two, one, cluster}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // the next one still has to stop
            }
        }
    }

    @Test
    @Order(1)
    void everyTableHasAPrimaryKeyAsGaleraNeedsToReplicateRowsSafely() throws Exception {
        List<String> withoutKey = new ArrayList<>();
        try (Connection c = cluster.connect(1, DATABASE);
                PreparedStatement s =
                        c.prepareStatement(
                                "select t.table_name from information_schema.tables t"
                                        + " where t.table_schema = ? and t.table_type = 'BASE TABLE'"
                                        + " and not exists (select 1 from information_schema.table_constraints k"
                                        + " where k.table_schema = t.table_schema and k.table_name = t.table_name"
                                        + " and k.constraint_type = 'PRIMARY KEY')")) {
            s.setString(1, DATABASE);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    withoutKey.add(r.getString(1));
                }
            }
        }
        assertEquals(List.of(), withoutKey);
        assertTrue(
                number(
                                2,
                                "select count(*) from information_schema.tables where table_schema = ?",
                                DATABASE)
                        > 20,
                "the schema reached node 2");
    }

    @Test
    @Order(2)
    void twoHundredClientsOnTwoInstancesOnTwoNodesTakeExactlyTheFiftySeats() throws Exception {
        String location = openLocation(3);
        String service = service();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(4);
        // ten slots of three counters = 30 seats, plus 20 seats of an EXTRA session at 13:00
        ok(
                admin(two)
                        .post(
                                "/api/units/" + UNIT + "/locations/" + location + "/sessions",
                                "{\"date\":\""
                                        + day
                                        + "\",\"from\":\"13:00\",\"to\":\"13:15\",\"counters\":20,\"kind\":\"EXTRA\"}"),
                201);
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ApiClient via = ApiClient.at((i % 2 == 0 ? one : two).url());
            String start =
                    i < 150
                            ? day + "T" + LocalTime.of(9, 0).plusMinutes(15L * (i % 10)) + ":00"
                            : day + "T13:00:00";
            String body = booking(service, location, start, "galera" + i);
            clients.add(() -> via.post("/api/appointments", body).status());
        }
        List<Integer> statuses = runAll(clients);
        assertEquals(50, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(150, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        for (int node = 1; node <= 3; node++) {
            assertEquals(
                    50,
                    number(
                            node,
                            "select sum(taken) from sch_seat_ledger where location_id = ? and pool = 'PUBLIC'",
                            location),
                    "seats taken as node " + node + " sees them");
            assertEquals(
                    50,
                    number(
                            node,
                            "select count(*) from sch_appointment where location_id = ? and status = 'RESERVED'",
                            location),
                    "appointments as node " + node + " sees them");
        }
    }

    @Test
    @Order(3)
    void noConfirmedBookingIsLostWhenANodeIsKilledAndRejoins() throws Exception {
        String location = openLocation(20);
        String service = service();
        LocalDate first = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5);
        ConcurrentLinkedQueue<String[]> confirmed = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            ApiClient via = ApiClient.at((c % 2 == 0 ? one : two).url());
            running.add(
                    clients.submit(
                            () -> {
                                while (!stop.get()) {
                                    int i = next.getAndIncrement();
                                    // 16 quarter hours of 20 seats a day, a new day every 320
                                    String start =
                                            first.plusDays(i / 320)
                                                    + "T"
                                                    + LocalTime.of(8, 0).plusMinutes(15L * (i % 16))
                                                    + ":00";
                                    Reply reply =
                                            via.post(
                                                    "/api/appointments",
                                                    booking(service, location, start, "kill" + i));
                                    if (reply.status() == 201) {
                                        confirmed.add(
                                                new String[] {
                                                    reply.json().getString("code"),
                                                    reply.json().getString("token")
                                                });
                                    } else {
                                        failed.incrementAndGet();
                                    }
                                }
                                return null;
                            }));
        }
        try {
            Thread.sleep(3_000);
            int before = confirmed.size();
            // instance one writes through node 1: it loses its node and moves to node 2
            cluster.kill(1);
            Thread.sleep(6_000);
            int during = confirmed.size();
            cluster.restart(1);
            Thread.sleep(3_000);
            stop.set(true);
            for (Future<?> client : running) {
                client.get();
            }
            assertTrue(before > 0, "bookings were confirmed before the kill");
            assertTrue(during > before, "bookings were confirmed while node 1 was down");
            assertTrue(confirmed.size() > during, "bookings were confirmed after node 1 rejoined");
        } finally {
            stop.set(true);
            clients.shutdownNow();
        }
        String codes =
                confirmed.stream().map(c -> "'" + c[0] + "'").collect(Collectors.joining(","));
        for (int node = 1; node <= 3; node++) {
            assertEquals(
                    confirmed.size(),
                    number(
                            node,
                            "select count(*) from sch_appointment where location_id = ? and code in ("
                                    + codes
                                    + ")",
                            location),
                    "every confirmed booking on node " + node);
        }
        ApiClient[] readers = {ApiClient.at(one.url()), ApiClient.at(two.url())};
        int i = 0;
        for (String[] booked : confirmed) {
            Reply read =
                    readers[i++ % 2].get("/api/appointments/" + booked[0] + "?token=" + booked[1]);
            assertEquals(200, read.status(), booked[0] + ": " + read);
        }
        System.out.println(
                "GaleraClusterIT: "
                        + confirmed.size()
                        + " bookings confirmed around the kill, "
                        + failed.get()
                        + " not");
    }

    @Test
    @Order(4)
    void anInstanceIsNotReadyWhileItsNodeIsNotSynced() throws Exception {
        assertEquals(200, ready(two));
        try (Connection c = cluster.connect(2, DATABASE);
                Statement s = c.createStatement()) {
            // node 2 leaves the cluster's flow control as a donor would: Donor/Desynced
            s.execute("SET GLOBAL wsrep_desync = ON");
            try {
                awaitReadiness(two, 503);
            } finally {
                s.execute("SET GLOBAL wsrep_desync = OFF");
            }
        }
        awaitReadiness(two, 200);
    }

    @Test
    @Order(5)
    void theLastNodeWithoutQuorumRefusesBookingsAndItsInstanceIsNotReady() throws Exception {
        String location = openLocation(3);
        String service = service();
        String start = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(6) + "T09:00:00";
        // two of three nodes lost at once: node 2 alone is a minority, not a primary component
        cluster.kill(1);
        cluster.kill(3);
        awaitReadiness(two, 503);
        Reply refused =
                ApiClient.at(two.url())
                        .post("/api/appointments", booking(service, location, start, "minority"));
        assertEquals(503, refused.status(), "refused, not confirmed: " + refused);
        assertEquals(
                Set.of("non-Primary"),
                Set.of(cluster.wsrepStatus(2).get("wsrep_cluster_status")),
                "node 2 knows it has no quorum");
    }

    private String openLocation(int counters) {
        ApiClient admin = admin(one);
        String location = "g-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Galera "
                                + location
                                + "\",\"address\":\"Clusterweg 3\"}"),
                201);
        ok(
                admin(two)
                        .put(
                                "/api/units/" + UNIT + "/locations/" + location + "/opening-hours",
                                "{\"slotMinutes\":15,\"weekly\":["
                                        + Arrays.stream(java.time.DayOfWeek.values())
                                                .map(
                                                        d ->
                                                                "{\"day\":\""
                                                                        + d
                                                                        + "\",\"from\":\"08:00\",\"to\":\"12:00\",\"counters\":"
                                                                        + counters
                                                                        + "}")
                                                .collect(Collectors.joining(","))
                                        + "]}"),
                200);
        ok(
                admin.put(
                        "/api/units/" + UNIT + "/rules",
                        "{\"minLeadMinutes\":60,\"maxOpenPerContact\":50}"),
                200);
        return location;
    }

    private String service() {
        String service = "g-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                admin(one)
                        .post(
                                "/api/units/" + UNIT + "/services",
                                "{\"code\":\""
                                        + service
                                        + "\",\"name\":\"Galera\",\"durationMinutes\":15,\"onlineBookable\":true}"),
                201);
        return service;
    }

    private static String booking(String service, String location, String start, String who) {
        return "{\"service\":\""
                + service
                + "\",\"location\":\""
                + location
                + "\",\"start\":\""
                + start
                + "\",\"name\":\"Knoten "
                + who
                + "\",\"email\":\""
                + who
                + "@example.org\"}";
    }

    private static ApiClient admin(SecondInstance instance) {
        return ApiClient.at(instance.url()).as("admin", "demo");
    }

    private static int ready(SecondInstance instance) {
        return ApiClient.at(instance.url()).get("/health/ready").status();
    }

    private static void awaitReadiness(SecondInstance instance, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = ready(instance);
            if (last == status) {
                return;
            }
            Thread.sleep(250);
        }
        assertEquals(status, last, "readiness of " + instance.url());
    }

    private static long number(int node, String sql, Object... values) throws Exception {
        try (Connection c = cluster.connect(node, DATABASE);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }
}
