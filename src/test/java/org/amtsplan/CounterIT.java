package org.amtsplan;

import static org.amtsplan.BookingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.FixedClock;
import org.amtsplan.testing.OpeningHours;
import org.amtsplan.testing.TestDatabase;
import org.amtsplan.testing.TestUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counter side over HTTP: check-in and walk-ins, the queue order, the clerk's actions with
 * their case records, calling under concurrency, and the waiting-room display stream. Each test
 * works in a location of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterIT {

    static final String UNIT = TestUnit.UNIT;
    static final String BY_APPOINTMENT = TestUnit.BY_APPOINTMENT;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atFixedTime(Deployments.withTestUnit());
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient citizen;
    ApiClient clerk;
    String location;
    String base;
    String serviceA;
    String serviceB;

    @BeforeEach
    void locationOpenAllDay() {
        citizen = ApiClient.at(deploymentUrl);
        clerk = citizen.as("admin", "demo");
        location = "q-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                clerk.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Wartezone "
                                + location
                                + "\",\"address\":\"Amtsweg 2\"}"),
                201);
        for (String unit : List.of(UNIT, BY_APPOINTMENT)) {
            ok(
                    clerk.put(
                            "/api/units/" + unit + "/locations/" + location + "/opening-hours",
                            allDay()),
                    200);
        }
        ok(
                clerk.put(
                        "/api/units/" + UNIT + "/rules",
                        "{\"missedCallsForNoShow\":2,\"promoteAfterMinutes\":60,\"queueEarlyMinutes\":30,\"queueLateMinutes\":30,\"maxOpenPerContact\":50}"),
                200);
        serviceA = service(UNIT);
        serviceB = service(UNIT);
        base = "/api/units/" + UNIT + "/locations/" + location;
    }

    @Test
    void walkInsGetNumbersWithTheUnitsPrefixInArrivalOrder() {
        JsonObject first = ok(walkIn(serviceA, false), 201).json();
        JsonObject second = ok(walkIn(serviceA, false), 201).json();
        assertEquals("T001", first.getString("number"));
        assertEquals("T002", second.getString("number"));
        assertEquals("WAITING", first.getString("status"));
        assertEquals("WALK_IN", first.getString("kind"));
        List<String> queue = queueNumbers();
        assertEquals(List.of("T001", "T002"), queue);
    }

    @Test
    void anAppointmentIsCheckedInOnceAndOnlyOnItsDayUnitAndLocation() {
        JsonObject appointment = bookToday();
        String code = appointment.getString("code");
        Reply ticket = clerk.post(base + "/tickets", "{\"appointmentCode\":\"" + code + "\"}");
        assertEquals(201, ticket.status(), ticket.toString());
        assertEquals("APPOINTMENT", ticket.json().getString("kind"));
        assertEquals(code, ticket.json().getString("appointmentCode"));
        assertEquals("CHECKED_IN", appointmentStatus(appointment));

        assertProblem(clerk.post(base + "/tickets", "{\"appointmentCode\":\"" + code + "\"}"), 409);
        assertProblem(
                clerk.post(
                        "/api/units/" + BY_APPOINTMENT + "/locations/" + location + "/tickets",
                        "{\"appointmentCode\":\"" + code + "\"}"),
                422);
        assertProblem(clerk.post(base + "/tickets", "{\"appointmentCode\":\"AAA-AAA\"}"), 422);
        assertProblem(clerk.post(base + "/tickets", "{}"), 422);
        assertProblem(
                clerk.post(
                        base + "/tickets",
                        "{\"appointmentCode\":\""
                                + code
                                + "\",\"walkIn\":{\"service\":\""
                                + serviceA
                                + "\"}}"),
                422);

        JsonObject tomorrow = book(FixedClock.today().plusDays(1).atTime(10, 0));
        assertProblem(
                clerk.post(
                        base + "/tickets",
                        "{\"appointmentCode\":\"" + tomorrow.getString("code") + "\"}"),
                422);

        JsonObject cancelled = bookToday();
        assertEquals(
                204,
                citizen.delete(
                                "/api/appointments/"
                                        + cancelled.getString("code")
                                        + "?token="
                                        + cancelled.getString("token"))
                        .status());
        assertProblem(
                clerk.post(
                        base + "/tickets",
                        "{\"appointmentCode\":\"" + cancelled.getString("code") + "\"}"),
                409);
        assertEquals(1, queueNumbers().size(), "only the one valid check-in waits");
    }

    @Test
    void aUnitByAppointmentOnlyTakesNoWalkIns() {
        String service = service(BY_APPOINTMENT);
        Reply refused =
                clerk.post(
                        "/api/units/" + BY_APPOINTMENT + "/locations/" + location + "/tickets",
                        "{\"walkIn\":{\"service\":\"" + service + "\"}}");
        assertProblem(refused, 409);
        assertTrue(refused.json().getString("detail").contains("Termin"));
        assertProblem(
                clerk.post(base + "/tickets", "{\"walkIn\":{\"service\":\"" + service + "\"}}"),
                422);
    }

    @Test
    void dueAppointmentsAndUrgentWalkInsAreCalledFirstWithGrowingWaitEstimates() {
        ok(walkIn(serviceA, false), 201);
        JsonObject appointment = bookToday();
        ok(
                clerk.post(
                        base + "/tickets",
                        "{\"appointmentCode\":\"" + appointment.getString("code") + "\"}"),
                201);
        ok(walkIn(serviceA, true), 201);
        List<JsonObject> queue =
                clerk.get(base + "/queue").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("APPOINTMENT", "WALK_IN", "WALK_IN"),
                queue.stream().map(t -> t.getString("kind")).toList());
        assertTrue(
                queue.get(1).getBoolean("urgent"),
                "the urgent walk-in before the earlier normal one");
        assertEquals(0, queue.get(0).getInt("estimatedWaitMinutes"));
        assertTrue(
                queue.get(2).getInt("estimatedWaitMinutes")
                        > queue.get(1).getInt("estimatedWaitMinutes"),
                queue.toString());

        JsonObject called = ok(callNext("1"), 200).json();
        assertEquals("APPOINTMENT", called.getString("kind"));
        assertEquals("CALLED", appointmentStatus(appointment));
    }

    @Test
    void aServedTicketHasACaseWithClerkCounterTimesNotesDocumentsAndOutcome() {
        ok(walkIn(serviceA, false), 201);
        JsonObject appointment = bookToday();
        ok(
                clerk.post(
                        base + "/tickets",
                        "{\"appointmentCode\":\"" + appointment.getString("code") + "\"}"),
                201);
        JsonObject called = ok(callNext("3"), 200).json();
        assertEquals("CALLED", called.getString("status"));
        assertEquals("3", called.getString("counter"));
        long id = called.getJsonNumber("id").longValue();

        assertProblem(action(id, "finish", "{\"outcome\":\"erledigt\"}"), 409);
        JsonObject started = ok(action(id, "start", ""), 200).json();
        assertEquals("IN_SERVICE", started.getString("status"));
        assertEquals("admin", started.getJsonObject("caseRecord").getString("clerk"));
        assertEquals("IN_SERVICE", appointmentStatus(appointment));

        assertProblem(action(id, "finish", "{\"notes\":\"ohne Ergebnis\"}"), 422);
        JsonObject finished =
                ok(
                                action(
                                        id,
                                        "finish",
                                        "{\"outcome\":\"erledigt\",\"notes\":\"Geburtsurkunde ausgestellt\",\"documents\":[\"Personalausweis\",\"Geburtsanzeige\"]}"),
                                200)
                        .json();
        assertEquals("DONE", finished.getString("status"));
        JsonObject caseRecord = finished.getJsonObject("caseRecord");
        assertEquals("CLOSED", caseRecord.getString("status"));
        assertEquals("3", caseRecord.getString("counter"));
        assertEquals("Geburtsurkunde ausgestellt", caseRecord.getString("notes"));
        assertEquals(
                List.of("Personalausweis", "Geburtsanzeige"),
                caseRecord
                        .getJsonArray("documents")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(s -> s.getString())
                        .toList());
        assertNotNull(caseRecord.getString("endedAt"));
        assertEquals("COMPLETED", appointmentStatus(appointment));
        assertEquals(id, clerk.get("/api/tickets/" + id).json().getJsonNumber("id").longValue());

        ok(callNext("3"), 200);
        assertEquals(204, callNext("3").status(), "nobody is left");
    }

    @Test
    void aTicketMissedTwiceBecomesANoShow() {
        JsonObject appointment = bookToday();
        ok(
                clerk.post(
                        base + "/tickets",
                        "{\"appointmentCode\":\"" + appointment.getString("code") + "\"}"),
                201);
        long id = ok(callNext("1"), 200).json().getJsonNumber("id").longValue();
        assertEquals("WAITING", ok(action(id, "missed", ""), 200).json().getString("status"));
        assertEquals(id, ok(callNext("1"), 200).json().getJsonNumber("id").longValue());
        JsonObject noShow = ok(action(id, "missed", ""), 200).json();
        assertEquals("NO_SHOW", noShow.getString("status"));
        assertEquals(2, noShow.getInt("calls"));
        assertEquals("NO_SHOW", appointmentStatus(appointment));
        assertEquals(204, callNext("1").status());
    }

    @Test
    void aParkedCaseResumesWithEverythingKept() {
        ok(walkIn(serviceA, false), 201);
        long id = ok(callNext("2"), 200).json().getJsonNumber("id").longValue();
        long caseId =
                ok(action(id, "start", ""), 200)
                        .json()
                        .getJsonObject("caseRecord")
                        .getJsonNumber("id")
                        .longValue();
        JsonObject parked = ok(action(id, "park", ""), 200).json();
        assertEquals("PARKED", parked.getString("status"));
        assertEquals("INTERRUPTED", parked.getJsonObject("caseRecord").getString("status"));
        assertEquals(204, callNext("2").status(), "a parked ticket is not in the queue");
        List<String> parkedList =
                clerk.get(base + "/parked").jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("number"))
                        .toList();
        assertEquals(
                List.of(parked.getString("number")),
                parkedList,
                "but on the list of those stepped aside");

        JsonObject recalled = ok(action(id, "recall", "{\"counter\":\"4\"}"), 200).json();
        assertEquals("CALLED", recalled.getString("status"));
        assertEquals("4", recalled.getString("counter"));
        JsonObject resumed = ok(action(id, "start", ""), 200).json();
        assertEquals(
                caseId,
                resumed.getJsonObject("caseRecord").getJsonNumber("id").longValue(),
                "the same case continues");
        assertEquals("OPEN", resumed.getJsonObject("caseRecord").getString("status"));
        assertTrue(clerk.get(base + "/parked").jsonArray().isEmpty(), "no longer stepped aside");
    }

    @Test
    void transfersMoveATicketToAnotherUnitOrReserveItForOneCounter() {
        long toCounter = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        long toUnit = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        ok(action(toCounter, "transfer", "{\"counter\":\"7\"}"), 200);
        assertEquals(
                "T002",
                ok(callNext("1"), 200).json().getString("number"),
                "counter 1 skips the ticket kept for counter 7");
        // T002 was called above: its case begun here, then sent on to the by-appointment unit
        ok(action(toUnit, "start", ""), 200);
        ok(
                clerk.put(
                        "/api/tickets/" + toUnit + "/draft",
                        "{\"notes\":\"Schwerbehindertenausweis gesehen\"}"),
                200);
        JsonObject sentOn =
                ok(action(toUnit, "transfer", "{\"unit\":\"" + BY_APPOINTMENT + "\"}"), 200).json();
        assertFalse(
                sentOn.containsKey("caseRecord") && !sentOn.isNull("caseRecord"),
                "the next unit does not read the first unit's notes: " + sentOn);
        assertFalse(
                clerk.get("/api/tickets/" + toUnit).body().contains("Schwerbehindertenausweis"));
        List<String> byAppointmentQueue =
                clerk
                        .get("/api/units/" + BY_APPOINTMENT + "/locations/" + location + "/queue")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(t -> t.getString("number"))
                        .toList();
        assertEquals(List.of("T002"), byAppointmentQueue);
        assertEquals(toCounter, ok(callNext("7"), 200).json().getJsonNumber("id").longValue());
        assertProblem(action(toUnit, "transfer", "{}"), 422);
        assertProblem(action(toUnit, "transfer", "{\"unit\":\"mars\"}"), 422);
    }

    @Test
    void aCounterLimitedToSomeServicesCallsOnlyThose() {
        ok(walkIn(serviceB, false), 201);
        ok(walkIn(serviceA, false), 201);
        ok(clerk.put(base + "/counters/5", "{\"services\":[\"" + serviceA + "\"]}"), 200);
        assertEquals(serviceA, ok(callNext("5"), 200).json().getString("service"));
        assertEquals(204, callNext("5").status());
        assertEquals(serviceB, ok(callNext("6"), 200).json().getString("service"));
        assertProblem(clerk.put(base + "/counters/5", "{\"services\":[\"no-such-service\"]}"), 422);
    }

    @Test
    void badCounterRequestsAreRefusedPlainly() {
        long id = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        assertProblem(action(id, "dance", ""), 404);
        assertProblem(action(id, "start", ""), 409);
        assertProblem(clerk.post("/api/tickets/999999999/start", ""), 404);
        assertProblem(clerk.post("/api/tickets/abc/start", ""), 404);
        assertProblem(clerk.post(base + "/queue/call-next", "{}"), 422);
        assertProblem(
                clerk.post(
                        "/api/units/nowhere/locations/" + location + "/queue/call-next",
                        "{\"counter\":\"1\"}"),
                404);
        assertProblem(citizen.post(base + "/queue/call-next", "{\"counter\":\"1\"}"), 401);
        assertProblem(citizen.get(base + "/queue"), 401);
        assertProblem(clerk.post(base + "/tickets", "{\"walkIn\":{\"service\":\"nope\"}}"), 422);
        assertProblem(clerk.post(base + "/tickets", "{\"walkIn\": 5}"), 400);
    }

    @Test
    void eightCountersCallingInParallelCallEachOfFortyTicketsExactlyOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            ok(walkIn(i % 2 == 0 ? serviceA : serviceB, i % 7 == 0), 201);
        }
        List<Callable<List<Long>>> counters = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            String counter = String.valueOf(c);
            counters.add(
                    () -> {
                        List<Long> called = new ArrayList<>();
                        while (true) {
                            Reply reply = callNext(counter);
                            if (reply.status() == 204) {
                                return called;
                            }
                            assertEquals(200, reply.status(), reply.toString());
                            called.add(reply.json().getJsonNumber("id").longValue());
                        }
                    });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> f : pool.invokeAll(counters)) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, all.size(), "forty calls in all");
        assertEquals(40, new HashSet<>(all).size(), "no ticket called twice");
        assertTrue(queueNumbers().isEmpty());
    }

    @Test
    void theWaitingRoomDisplayShowsACallAsItHappens() throws Exception {
        assertProblem(citizen.get("/api/locations/nowhere/display"), 404);
        ok(walkIn(serviceA, false), 201);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:"
                                                + deploymentUrl.getPort()
                                                + "/api/locations/"
                                                + location
                                                + "/display"))
                        .header("Accept", "text/event-stream")
                        .build();
        HttpResponse<InputStream> stream =
                http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(
                stream.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("text/event-stream"));
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertTrue(
                readUntil(lines, "event: connected", Duration.ofSeconds(10)).isPresent(),
                "the display is connected");

        JsonObject called = ok(callNext("9"), 200).json();
        long calledAt = System.nanoTime();
        readUntil(lines, "event: call", Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("no call event"));
        String data =
                readUntil(lines, "data:", Duration.ofSeconds(2))
                        .orElseThrow(() -> new AssertionError("a call without data"));
        long latencyMillis = (System.nanoTime() - calledAt) / 1_000_000;
        JsonObject event =
                Json.createReader(new java.io.StringReader(data.substring(5).trim())).readObject();
        assertEquals(called.getString("number"), event.getString("number"));
        assertEquals("9", event.getString("counter"));
        assertTrue(
                latencyMillis < 2000, "the call reached the display in " + latencyMillis + " ms");
        stream.body().close();
    }

    @Test
    void finishingNeedsAStartedCaseAndAnOutcomeOfTheUnitsList() {
        ok(walkIn(serviceA, false), 201);
        long id = ok(callNext("1"), 200).json().getJsonNumber("id").longValue();
        Reply early = action(id, "finish", "{\"outcome\":\"erledigt\"}");
        assertProblem(early, 409);
        assertTrue(early.json().getString("type").endsWith("ticket-not-started"), early.toString());
        assertTrue(
                early.json().getString("detail").contains("Bearbeitung beginnen"),
                early.toString());
        ok(action(id, "start", ""), 200);

        Reply unknown = action(id, "finish", "{\"outcome\":\"Kaffee getrunken\"}");
        assertProblem(unknown, 422);
        assertEquals(
                "outcome",
                unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Reply tooLong =
                action(
                        id,
                        "finish",
                        "{\"outcome\":\"erledigt\",\"notes\":\"" + "x".repeat(4001) + "\"}");
        assertProblem(tooLong, 422);
        assertEquals(
                "notes", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                "IN_SERVICE",
                clerk.get("/api/tickets/" + id).json().getString("status"),
                "nothing changed");

        JsonArray defaults =
                clerk.get("/api/units/" + UNIT + "/rules").json().getJsonArray("outcomes");
        assertEquals("erledigt", defaults.getJsonObject(0).getString("code"));
        assertEquals("Unterlagen unvollständig", defaults.getJsonObject(1).getString("name"));
        String ownList =
                "{\"outcomes\":[{\"code\":\"urkunde-ausgestellt\",\"name\":\"Urkunde ausgestellt\",\"nameEn\":\"certificate issued\"},"
                        + "{\"code\":\"erledigt\",\"name\":\"erledigt\",\"nameEn\":\"done\"}]}";
        try {
            for (String bad :
                    List.of(
                            "{\"outcomes\":[]}",
                            "{\"outcomes\":\"erledigt\"}",
                            "{\"outcomes\":[{\"code\":\"Groß\",\"name\":\"x\"}]}",
                            "{\"outcomes\":[{\"code\":\"ab\",\"name\":\"x\"},{\"code\":\"ab\",\"name\":\"y\"}]}",
                            "{\"outcomes\":[{\"code\":\"ab\",\"name\":\"\"}]}")) {
                assertProblem(
                        TestUnit.head(citizen).put("/api/units/" + UNIT + "/rules", bad), 422);
            }
            assertEquals(
                    defaults,
                    clerk.get("/api/units/" + UNIT + "/rules").json().getJsonArray("outcomes"),
                    "nothing stored");
            assertProblem(
                    TestUnit.clerk(citizen).put("/api/units/" + UNIT + "/rules", ownList), 403);
            ok(TestUnit.head(citizen).put("/api/units/" + UNIT + "/rules", ownList), 200);
            assertProblem(action(id, "finish", "{\"outcome\":\"weitergeleitet\"}"), 422);
            JsonObject finished =
                    ok(
                                    action(
                                            id,
                                            "finish",
                                            "{\"outcome\":\"urkunde-ausgestellt\",\"notes\":\"frei formuliert\"}"),
                                    200)
                            .json();
            assertEquals("DONE", finished.getString("status"));
            assertEquals(
                    "urkunde-ausgestellt",
                    finished.getJsonObject("caseRecord").getString("outcome"));
        } finally {
            ok(
                    TestUnit.head(citizen)
                            .put(
                                    "/api/units/" + UNIT + "/rules",
                                    "{\"outcomes\":" + defaults + "}"),
                    200);
        }
    }

    @Test
    void aWalkInOnADayWithoutOpeningHoursIsRefusedPlainly() {
        String closedPlace = "z-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                clerk.post(
                        "/api/locations",
                        "{\"id\":\""
                                + closedPlace
                                + "\",\"name\":\"Ohne Zeiten\",\"address\":\"Amtsweg 9\"}"),
                201);
        String noHours = "/api/units/" + UNIT + "/locations/" + closedPlace;
        Reply refused =
                clerk.post(noHours + "/tickets", "{\"walkIn\":{\"service\":\"" + serviceA + "\"}}");
        assertProblem(refused, 409);
        assertTrue(
                refused.json().getString("type").endsWith("walk-in-closed-today"),
                refused.toString());
        assertTrue(
                refused.json()
                        .getString("detail")
                        .contains("weder Öffnungszeiten noch eine Sprechzeit"),
                refused.toString());
        Reply english =
                clerk.post(
                        noHours + "/tickets",
                        "{\"walkIn\":{\"service\":\"" + serviceA + "\"}}",
                        "Accept-Language",
                        "en");
        assertTrue(
                english.json().getString("detail").contains("neither opening hours nor a session"),
                english.toString());
        assertTrue(clerk.get(noHours + "/queue").jsonArray().isEmpty(), "no number was drawn");
        assertEquals(0, clerk.get(noHours + "/counters").json().getJsonArray("counters").size());

        // a closure today shuts the open location too
        ok(
                clerk.post(
                        base + "/closures",
                        "{\"date\":\"" + FixedClock.today() + "\",\"reason\":\"Betriebsausflug\"}"),
                201);
        assertProblem(walkIn(serviceA, false), 409);
        assertTrue(queueNumbers().isEmpty());
        assertProblem(callNext("1"), 422);
    }

    @Test
    void aCounterMustBeOneTheRunningSessionStaffs() {
        String smallPlace = "s-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                clerk.post(
                        "/api/locations",
                        "{\"id\":\""
                                + smallPlace
                                + "\",\"name\":\"Ein Schalter\",\"address\":\"Amtsweg 1\"}"),
                201);
        String small = "/api/units/" + UNIT + "/locations/" + smallPlace;
        // Tuesday 10:00 on the fixed clock: the morning session with one counter runs
        ok(
                clerk.put(
                        small + "/opening-hours",
                        "{\"slotMinutes\":15,\"weekly\":[{\"day\":\"TUESDAY\",\"from\":\"08:00\",\"to\":\"12:00\",\"counters\":1},"
                                + "{\"day\":\"TUESDAY\",\"from\":\"14:00\",\"to\":\"16:00\",\"counters\":3}]}"),
                200);
        JsonObject counters = ok(clerk.get(small + "/counters"), 200).json();
        assertEquals(
                List.of("1"),
                counters
                        .getJsonArray("counters")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(s -> s.getString())
                        .toList());
        assertEquals(FixedClock.today().toString(), counters.getString("date"));
        long id =
                ok(
                                clerk.post(
                                        small + "/tickets",
                                        "{\"walkIn\":{\"service\":\"" + serviceA + "\"}}"),
                                201)
                        .json()
                        .getJsonNumber("id")
                        .longValue();

        for (String wrong : List.of("3", "0", "Schalter 1", "c1")) {
            Reply refused =
                    clerk.post(small + "/queue/call-next", "{\"counter\":\"" + wrong + "\"}");
            assertProblem(refused, 422);
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("counter", error.getString("field"));
            assertTrue(error.getString("message").contains("nur Schalter 1"), refused.toString());
        }
        assertEquals(
                "WAITING",
                clerk.get("/api/tickets/" + id).json().getString("status"),
                "nobody was called");
        ok(clerk.post(small + "/queue/call-next", "{\"counter\":\"1\"}"), 200);
        assertProblem(action(id, "recall", "{\"counter\":\"2\"}"), 422);
        assertProblem(action(id, "transfer", "{\"counter\":\"2\"}"), 422);
        assertEquals(
                "1",
                ok(action(id, "recall", "{\"counter\":\"1\"}"), 200).json().getString("counter"));
    }

    @Test
    void didNotComeCanBeTakenBackForAFewMinutesOnly() {
        JsonObject appointment = bookToday();
        long id =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"appointmentCode\":\""
                                                + appointment.getString("code")
                                                + "\"}"),
                                201)
                        .json()
                        .getJsonNumber("id")
                        .longValue();
        assertProblem(action(id, "undo-missed", ""), 409);
        assertEquals(id, ok(callNext("4"), 200).json().getJsonNumber("id").longValue());
        JsonObject missed = ok(action(id, "missed", ""), 200).json();
        assertEquals("WAITING", missed.getString("status"), "first missed call: back in the queue");
        assertEquals(
                FixedClock.instant().plusSeconds(5 * 60),
                java.time.OffsetDateTime.parse(missed.getString("undoMissedUntil")).toInstant(),
                "five minutes to take it back");
        JsonObject undone = ok(action(id, "undo-missed", ""), 200).json();
        assertEquals("CALLED", undone.getString("status"));
        assertEquals("4", undone.getString("counter"), "called to the same counter again");
        assertEquals(1, undone.getInt("calls"), "undoing is no new call");
        assertFalse(undone.containsKey("undoMissedUntil"));
        assertProblem(action(id, "undo-missed", ""), 409);

        ok(action(id, "missed", ""), 200);
        assertEquals(id, ok(callNext("4"), 200).json().getJsonNumber("id").longValue());
        assertEquals("NO_SHOW", ok(action(id, "missed", ""), 200).json().getString("status"));
        assertEquals("NO_SHOW", appointmentStatus(appointment));
        JsonObject back = ok(action(id, "undo-missed", ""), 200).json();
        assertEquals("CALLED", back.getString("status"));
        assertEquals(
                "CALLED", appointmentStatus(appointment), "the appointment is no no-show either");
        assertEquals("IN_SERVICE", ok(action(id, "start", ""), 200).json().getString("status"));
        ok(action(id, "park", ""), 200);
        ok(action(id, "recall", "{\"counter\":\"4\"}"), 200);

        // six minutes after the click the window of five has passed
        assertEquals("NO_SHOW", ok(action(id, "missed", ""), 200).json().getString("status"));
        assertEquals(
                1,
                TestDatabase.update(
                        "update sch_ticket set missed_at = missed_at - interval 6 minute where id = ?",
                        id));
        assertFalse(clerk.get("/api/tickets/" + id).json().containsKey("undoMissedUntil"));
        Reply late = action(id, "undo-missed", "");
        assertProblem(late, 409);
        assertTrue(late.json().getString("detail").contains("5 Minuten"), late.toString());
        assertEquals("NO_SHOW", clerk.get("/api/tickets/" + id).json().getString("status"));
        assertEquals("NO_SHOW", appointmentStatus(appointment));
    }

    @Test
    void didNotComeIsNotTakenBackOnceTheCounterHasCalledTheNextPerson() {
        long late = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        assertEquals(late, ok(callNext("4"), 200).json().getJsonNumber("id").longValue());
        ok(action(late, "missed", ""), 200);
        assertEquals(late, ok(callNext("4"), 200).json().getJsonNumber("id").longValue());
        assertEquals("NO_SHOW", ok(action(late, "missed", ""), 200).json().getString("status"));
        long next = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        assertEquals(next, ok(callNext("4"), 200).json().getJsonNumber("id").longValue());

        Reply refused = action(late, "undo-missed", "");
        assertProblem(refused, 409);
        assertTrue(refused.json().getString("detail").contains("Schalter 4"), refused.toString());
        assertEquals("NO_SHOW", clerk.get("/api/tickets/" + late).json().getString("status"));
        assertEquals(
                next,
                ok(clerk.get(base + "/counters/4/current"), 200)
                        .json()
                        .getJsonNumber("id")
                        .longValue(),
                "the counter's person stays the one called");
    }

    @Test
    void aCounterGetsItsCurrentTicketBackWithTheCaseTypedSoFar() {
        String current = base + "/counters/2/current";
        assertEquals(204, clerk.get(current).status());
        long id = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        assertEquals(id, ok(callNext("2"), 200).json().getJsonNumber("id").longValue());
        JsonObject called = ok(clerk.get(current), 200).json();
        assertEquals(id, called.getJsonNumber("id").longValue());
        assertEquals("CALLED", called.getString("status"));
        assertEquals(
                204, clerk.get(base + "/counters/3/current").status(), "only at its own counter");
        assertProblem(clerk.put("/api/tickets/" + id + "/draft", "{\"notes\":\"zu früh\"}"), 409);

        ok(action(id, "start", ""), 200);
        ok(
                clerk.put(
                        "/api/tickets/" + id + "/draft",
                        "{\"notes\":\"Ausweis fehlt\",\"documents\":[\"Meldebescheinigung\"]}"),
                200);
        assertProblem(
                clerk.put(
                        "/api/tickets/" + id + "/draft",
                        "{\"notes\":\"" + "y".repeat(4001) + "\"}"),
                422);
        JsonObject restored = ok(clerk.get(current), 200).json();
        assertEquals("IN_SERVICE", restored.getString("status"));
        JsonObject draft = restored.getJsonObject("caseRecord");
        assertEquals("Ausweis fehlt", draft.getString("notes"));
        assertEquals("Meldebescheinigung", draft.getJsonArray("documents").getString(0));

        JsonObject finished =
                ok(
                                action(
                                        id,
                                        "finish",
                                        "{\"outcome\":\"erledigt\",\"notes\":\"Ausweis fehlt, nachgereicht\",\"documents\":[\"Meldebescheinigung\",\"Ausweis\"]}"),
                                200)
                        .json();
        assertEquals(
                "Ausweis fehlt, nachgereicht",
                finished.getJsonObject("caseRecord").getString("notes"),
                "the final text replaces the draft");
        assertEquals(2, finished.getJsonObject("caseRecord").getJsonArray("documents").size());
        assertEquals(204, clerk.get(current).status(), "nobody at the counter after finishing");
        assertProblem(clerk.put("/api/tickets/" + id + "/draft", "{\"notes\":\"spät\"}"), 409);
        assertEquals(
                "Ausweis fehlt, nachgereicht",
                clerk.get("/api/tickets/" + id)
                        .json()
                        .getJsonObject("caseRecord")
                        .getString("notes"),
                "a late draft changes nothing");
    }

    @Test
    void anotherDepartmentsClerkNeitherReadsNorChangesTheCounter() {
        long id = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        ok(callNext("5"), 200);
        ApiClient stranger = citizen.as("kfz-schalter", "demo");
        assertProblem(stranger.get(base + "/counters"), 403);
        assertProblem(stranger.get(base + "/counters/5/current"), 403);
        assertProblem(stranger.put("/api/tickets/" + id + "/draft", "{\"notes\":\"fremd\"}"), 403);
        assertProblem(stranger.post("/api/tickets/" + id + "/missed", "{}"), 403);
        assertProblem(stranger.post("/api/tickets/" + id + "/undo-missed", "{}"), 403);
        assertProblem(citizen.get(base + "/counters/5/current"), 401);
        ApiClient ownClerk = TestUnit.clerk(citizen);
        assertEquals(
                id,
                ok(ownClerk.get(base + "/counters/5/current"), 200)
                        .json()
                        .getJsonNumber("id")
                        .longValue());
        ok(ownClerk.post("/api/tickets/" + id + "/missed", "{}"), 200);
        assertEquals(
                "CALLED",
                ok(ownClerk.post("/api/tickets/" + id + "/undo-missed", "{}"), 200)
                        .json()
                        .getString("status"));
    }

    @Test
    void aDisplayOpenedLaterShowsTodaysEarlierCallsFirstThenNewOnes() throws Exception {
        ok(walkIn(serviceA, false), 201);
        ok(walkIn(serviceA, false), 201);
        String first = ok(callNext("5"), 200).json().getString("number");
        HttpResponse<InputStream> stream =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + deploymentUrl.getPort()
                                                                + "/api/locations/"
                                                                + location
                                                                + "/display"))
                                        .header("Accept", "text/event-stream")
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        JsonObject earlier = nextCall(lines);
        assertEquals(first, earlier.getString("number"), "the call made before it opened");
        assertTrue(earlier.getBoolean("earlier"), "marked earlier: no gong for it");

        String second = ok(callNext("6"), 200).json().getString("number");
        JsonObject live = nextCall(lines);
        assertEquals(second, live.getString("number"));
        assertEquals("6", live.getString("counter"));
        assertFalse(live.getBoolean("earlier"), "a new call");
        stream.body().close();
    }

    private static JsonObject nextCall(BufferedReader lines) throws Exception {
        readUntil(lines, "event: call", Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("no call event"));
        String data =
                readUntil(lines, "data:", Duration.ofSeconds(2))
                        .orElseThrow(() -> new AssertionError("a call without data"));
        return Json.createReader(new java.io.StringReader(data.substring(5).trim())).readObject();
    }

    // --- helpers

    private static java.util.Optional<String> readUntil(
            BufferedReader lines, String prefix, Duration timeout) throws Exception {
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
                                return null;
                            } catch (java.io.IOException e) {
                                return null;
                            }
                        });
        return java.util.Optional.ofNullable(found.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void statisticsShowWhatTheDayBroughtToTheHeadOfTheUnitOnly() {
        LocalDate today = FixedClock.today();
        long served = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        long missing = ok(walkIn(serviceA, false), 201).json().getJsonNumber("id").longValue();
        assertEquals(served, ok(callNext("1"), 200).json().getJsonNumber("id").longValue());
        ok(action(served, "start", ""), 200);
        ok(action(served, "finish", "{\"outcome\":\"erledigt\"}"), 200);
        assertEquals(missing, ok(callNext("1"), 200).json().getJsonNumber("id").longValue());
        ok(action(missing, "missed", ""), 200);
        assertEquals(missing, ok(callNext("1"), 200).json().getJsonNumber("id").longValue());
        assertEquals("NO_SHOW", ok(action(missing, "missed", ""), 200).json().getString("status"));
        LocalDateTime later = today.plusDays(2).atTime(10, 0);
        book(later);
        JsonObject cancelled = book(later.plusMinutes(15));
        assertEquals(
                204,
                citizen.delete(
                                "/api/appointments/"
                                        + cancelled.getString("code")
                                        + "?token="
                                        + cancelled.getString("token"))
                        .status());

        String path =
                "/api/statistics?unit="
                        + UNIT
                        + "&location="
                        + location
                        + "&from="
                        + today
                        + "&to="
                        + today.plusDays(2);
        Reply read = TestUnit.head(citizen).get(path);
        assertEquals(200, read.status(), read.toString());
        JsonArray days = read.json().getJsonArray("days");
        assertEquals(3, days.size(), "every day of the period, also the empty one");
        JsonObject first = days.getJsonObject(0);
        assertEquals(today.toString(), first.getString("date"));
        assertEquals(1, first.getInt("served"));
        assertEquals(1, first.getInt("noShows"));
        assertEquals(2, first.getInt("walkIns"));
        assertTrue(first.getJsonNumber("averageWaitMinutes").doubleValue() >= 0);
        JsonObject empty = days.getJsonObject(1);
        assertEquals(0, empty.getInt("served") + empty.getInt("booked") + empty.getInt("walkIns"));
        assertFalse(empty.containsKey("averageWaitMinutes"), "no wait where nobody was called");
        JsonObject third = days.getJsonObject(2);
        assertEquals(2, third.getInt("booked"));
        assertEquals(1, third.getInt("cancelled"));
        JsonObject totals = read.json().getJsonObject("totals");
        assertEquals(1, totals.getInt("served"));
        assertEquals(2, totals.getInt("booked"));
        assertEquals(1, totals.getInt("cancelled"));

        assertProblem(citizen.as("kfz-leitung", "demo").get(path), 403);
        assertProblem(TestUnit.clerk(citizen).get(path), 403);
        assertProblem(citizen.get(path), 401);
        assertProblem(
                clerk.get(
                        "/api/statistics?unit="
                                + UNIT
                                + "&from="
                                + today
                                + "&to="
                                + today.minusDays(1)),
                422);
        assertProblem(
                clerk.get(
                        "/api/statistics?unit="
                                + UNIT
                                + "&from="
                                + today
                                + "&to="
                                + today.plusDays(400)),
                422);
        assertProblem(clerk.get("/api/statistics?unit=" + UNIT + "&from=heute&to=" + today), 422);
        assertProblem(
                clerk.get("/api/statistics?unit=nirgends&from=" + today + "&to=" + today), 404);
    }

    private Reply walkIn(String service, boolean urgent) {
        return clerk.post(
                base + "/tickets",
                "{\"walkIn\":{\"service\":\""
                        + service
                        + "\",\"name\":\"Gast\",\"urgent\":"
                        + urgent
                        + "}}");
    }

    private Reply callNext(String counter) {
        return clerk.post(base + "/queue/call-next", "{\"counter\":\"" + counter + "\"}");
    }

    private Reply action(long id, String action, String body) {
        return clerk.post("/api/tickets/" + id + "/" + action, body.isEmpty() ? "{}" : body);
    }

    private List<String> queueNumbers() {
        return clerk.get(base + "/queue").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("number"))
                .toList();
    }

    private JsonObject bookToday() {
        // half an hour ahead of the fixed morning: due now in the queue's window of 30 minutes
        return book(FixedClock.now().plusMinutes(30));
    }

    private JsonObject book(LocalDateTime start) {
        Reply booked =
                clerk.post(
                        "/api/appointments",
                        "{\"service\":\""
                                + serviceA
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + start
                                + ":00\",\"name\":\"Tina Termin\",\"email\":\"tina"
                                + UUID.randomUUID()
                                + "@example.org\"}");
        assertEquals(201, booked.status(), booked.toString());
        assertEquals("BOOKED", booked.json().getString("status"));
        return booked.json();
    }

    private String appointmentStatus(JsonObject appointment) {
        return citizen.get(
                        "/api/appointments/"
                                + appointment.getString("code")
                                + "?token="
                                + appointment.getString("token"))
                .json()
                .getString("status");
    }

    private String service(String unit) {
        String code = "q-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                clerk.post(
                        "/api/units/" + unit + "/services",
                        "{\"code\":\""
                                + code
                                + "\",\"name\":\"Schalterdienst\",\"durationMinutes\":15,\"onlineBookable\":true}"),
                201);
        return code;
    }

    private static String allDay() {
        return OpeningHours.everyDay("00:00", "23:45", 20);
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }
}
