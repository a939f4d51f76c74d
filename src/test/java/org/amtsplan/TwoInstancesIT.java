package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.SecondInstance;
import org.amtsplan.testing.TestDatabase;
import org.amtsplan.testing.TestUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara Micro instances on one database, as behind a load balancer: the last seat is taken
 * once, a ticket is called once, and a call made on one instance reaches a display connected to the
 * other within two seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoInstancesIT {

    static final String UNIT = TestUnit.UNIT;
    static SecondInstance second;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestUnit();
    }

    @BeforeAll
    static void startSecondInstance() throws Exception {
        // the same application as the Arquillian deployment, kernel and test unit
        second =
                SecondInstance.start(
                        Deployments.exported(Deployments.withTestUnit(), "amtsplan-kernel-it.war"),
                        Map.of());
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient[] admins;
    String location;
    String service;

    @BeforeEach
    void locationOpenAllDay() {
        ApiClient one = ApiClient.at(deploymentUrl).as("admin", "demo");
        ApiClient two = ApiClient.at(second.url()).as("admin", "demo");
        admins = new ApiClient[] {one, two};
        location = "z-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                one.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Zwei "
                                + location
                                + "\",\"address\":\"Doppelweg 2\"}"),
                201);
        ok(
                two.put(
                        "/api/units/" + UNIT + "/locations/" + location + "/opening-hours",
                        "{\"slotMinutes\":15,\"weekly\":["
                                + java.util.Arrays.stream(java.time.DayOfWeek.values())
                                        .map(
                                                d ->
                                                        "{\"day\":\""
                                                                + d
                                                                + "\",\"from\":\"08:00\",\"to\":\"12:00\",\"counters\":3}")
                                        .collect(Collectors.joining(","))
                                + "]}"),
                200);
        service = "z-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                one.post(
                        "/api/units/" + UNIT + "/services",
                        "{\"code\":\""
                                + service
                                + "\",\"name\":\"Doppelt\",\"durationMinutes\":15,\"onlineBookable\":true}"),
                201);
        ok(
                one.put(
                        "/api/units/" + UNIT + "/rules",
                        "{\"minLeadMinutes\":60,\"maxOpenPerContact\":50}"),
                200);
    }

    @Test
    void twoHundredClientsOnTwoInstancesTakeExactlyTheFiftySeats() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(4);
        // ten slots of three counters = 30 seats, plus 20 seats of an EXTRA session at 13:00: 50 in
        // all
        ok(
                admins[1].post(
                        "/api/units/" + UNIT + "/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + day
                                + "\",\"from\":\"13:00\",\"to\":\"13:15\",\"counters\":20,\"kind\":\"EXTRA\"}"),
                201);
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ApiClient via = ApiClient.at(i % 2 == 0 ? deploymentUrl : second.url());
            // 15 clients for each 3-seat slot, 50 for the 20 seats at 13:00
            String start =
                    i < 150
                            ? day + "T" + LocalTime.of(9, 0).plusMinutes(15L * (i % 10)) + ":00"
                            : day + "T13:00:00";
            String body =
                    "{\"service\":\""
                            + service
                            + "\",\"location\":\""
                            + location
                            + "\",\"start\":\""
                            + start
                            + "\",\"name\":\"Zwilling "
                            + i
                            + "\",\"email\":\"zwei"
                            + i
                            + "@example.org\"}";
            clients.add(() -> via.post("/api/appointments", body).status());
        }
        List<Integer> statuses = runAll(clients);
        assertEquals(50, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(150, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(
                50,
                TestDatabase.number(
                        "select sum(taken) from sch_seat_ledger where location_id = ? and pool = 'PUBLIC'",
                        location));
        assertEquals(
                50,
                TestDatabase.number(
                        "select count(*) from sch_appointment where location_id = ? and status = 'RESERVED'",
                        location));
    }

    @Test
    void countersOnTwoInstancesCallEachTicketExactlyOnce() throws Exception {
        String base = "/api/units/" + UNIT + "/locations/" + location;
        for (int i = 0; i < 30; i++) {
            ok(
                    admins[i % 2].post(
                            base + "/tickets", "{\"walkIn\":{\"service\":\"" + service + "\"}}"),
                    201);
        }
        List<Callable<List<Long>>> counters = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            ApiClient via = admins[c % 2];
            // the location staffs counters 1 to 3; two clerks share each, one on each instance
            String counter = String.valueOf(c % 3 + 1);
            counters.add(
                    () -> {
                        List<Long> called = new ArrayList<>();
                        while (true) {
                            Reply reply =
                                    via.post(
                                            base + "/queue/call-next",
                                            "{\"counter\":\"" + counter + "\"}");
                            if (reply.status() == 204) {
                                return called;
                            }
                            assertEquals(200, reply.status(), reply.toString());
                            called.add(reply.json().getJsonNumber("id").longValue());
                        }
                    });
        }
        List<Long> all = runAll(counters).stream().flatMap(List::stream).toList();
        assertEquals(30, all.size());
        assertEquals(30, new HashSet<>(all).size(), "no ticket called twice");
    }

    @Test
    void aCallOnOneInstanceReachesADisplayConnectedToTheOther() throws Exception {
        String base = "/api/units/" + UNIT + "/locations/" + location;
        ok(
                admins[0].post(base + "/tickets", "{\"walkIn\":{\"service\":\"" + service + "\"}}"),
                201);
        HttpResponse<InputStream> stream =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        second.url()
                                                                + "api/locations/"
                                                                + location
                                                                + "/display"))
                                        .header("Accept", "text/event-stream")
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertTrue(
                readUntil(lines, "event: connected", 10_000) != null,
                "display connected to the second instance");

        JsonObject called =
                ok(admins[0].post(base + "/queue/call-next", "{\"counter\":\"3\"}"), 200).json();
        long calledAt = System.nanoTime();
        assertTrue(readUntil(lines, "event: call", 10_000) != null, "the call arrived");
        long latencyMillis = (System.nanoTime() - calledAt) / 1_000_000;
        String data = readUntil(lines, "data:", 2_000);
        JsonObject event =
                Json.createReader(new StringReader(data.substring(5).trim())).readObject();
        assertEquals(called.getString("number"), event.getString("number"));
        assertEquals("3", event.getString("counter"));
        assertTrue(
                latencyMillis < 2_000,
                "reached the other instance's display in " + latencyMillis + " ms");
        stream.body().close();
    }

    private static String readUntil(BufferedReader lines, String prefix, long millis)
            throws Exception {
        CompletableFuture<String> found =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                String line;
                                while ((line = lines.readLine()) != null) {
                                    if (line.startsWith(prefix)) {
                                        return line;
                                    }
                                }
                            } catch (java.io.IOException e) {
                                return null;
                            }
                            return null;
                        });
        return found.get(millis, TimeUnit.MILLISECONDS);
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
