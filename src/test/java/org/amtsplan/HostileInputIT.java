package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a client sends, Amtsplan answers it without a server error: the ten causes of 500 and
 * 503 found against the demo city, each as a focused test, then a hostile-input run over every
 * operation of {@code /openapi} for anonymous callers and several roles, generated from each
 * operation's parameters and request-body schema. Every answer must be below 500 and every 4xx a
 * problem document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.wholeApplication();
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient anonymous;
    ApiClient admin;
    ApiClient registryHead;

    @BeforeEach
    void connect() {
        anonymous = ApiClient.at(deploymentUrl);
        admin = anonymous.as("admin", "demo");
        registryHead = anonymous.as("standesamt-leitung", "demo");
    }

    // ---------------------------------------------------------------- the ten causes, one by one

    @Test
    @Order(1)
    void aMissingOrNullCommandIsRefusedNotAServerError() {
        for (String body : List.of("null", "", "  ")) {
            assertClientError(
                    raw("admin", "POST", "/api/locations", body, "application/json"), 400, 422);
            assertClientError(
                    raw("admin", "POST", "/api/units/vehicle/services", body, "application/json"),
                    400,
                    422);
        }
        Reply nullBody = admin.post("/api/locations", "null");
        assertProblem(nullBody, 422);
        assertTrue(nullBody.body().contains("\"body\""), "the problem names the body: " + nullBody);
    }

    @Test
    @Order(2)
    void nullInsideAListIs422NamingTheElement() {
        LocalDate day = LocalDate.now(BERLIN).plusDays(30);
        Reply preview =
                admin.post(
                        "/api/disruptions/preview",
                        "{\"locations\":[null],\"units\":[\"vehicle\"],\"from\":\""
                                + day
                                + "T08:00:00\",\"to\":\""
                                + day
                                + "T09:00:00\",\"reason\":\"Test\"}");
        assertProblem(preview, 422);
        assertTrue(preview.body().contains("locations[0]"), preview.toString());
        Reply staff =
                admin.post(
                        "/api/staff",
                        "{\"username\":\"nulls-"
                                + shortId()
                                + "\",\"password\":\"Lang-genug-2026!\","
                                + "\"roles\":[\"clerk\",null],\"units\":[\"vehicle\"]}");
        assertProblem(staff, 422);
        assertTrue(staff.body().contains("roles[1]"), staff.toString());
        Reply rebook = admin.post("/api/disruptions/no-such/rebook", "{\"sessions\":[null]}");
        assertProblem(rebook, 422);
        assertTrue(rebook.body().contains("sessions[0]"), rebook.toString());
    }

    @Test
    @Order(3)
    void deeplyNestedJsonIsRefusedBeforeAnyPermissionCheck() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String deepObject = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        for (String user : List.of("admin", "kfz-schalter", "autohaus-nord", "abh-leitung")) {
            for (String body : List.of(deep, deepObject, "{\"bookingHorizonDays\":" + deep + "}")) {
                Reply reply =
                        raw(user, "PUT", "/api/units/vehicle/rules", body, "application/json");
                assertProblem(reply, 400);
            }
        }
        assertProblem(raw("admin", "POST", "/api/locations", deepObject, "application/json"), 400);
        assertProblem(raw(null, "POST", "/api/appointments", deep, "application/json"), 400, 428);
    }

    @Test
    @Order(4)
    void hugeNumbersAreRefusedWith422() {
        String digits = "9".repeat(5000);
        for (String user : List.of("admin", "kfz-schalter", "autohaus-nord")) {
            for (String number : List.of(digits, "1e999999999", "-" + digits + ".5")) {
                Reply reply =
                        raw(
                                user,
                                "PUT",
                                "/api/units/vehicle/rules",
                                "{\"dealerCounterShare\":" + number + "}",
                                "application/json");
                assertProblem(reply, 422);
                assertTrue(reply.body().contains("dealerCounterShare"), reply.toString());
            }
        }
        assertProblem(
                raw(
                        "admin",
                        "PUT",
                        "/api/units/vehicle/locations/nowhere/opening-hours",
                        "{\"slotMinutes\":" + digits + ",\"weekly\":[]}",
                        "application/json"),
                422);
        Reply hugeString =
                admin.post(
                        "/api/locations",
                        "{\"id\":\"huge\",\"name\":\""
                                + "x".repeat(200_000)
                                + "\",\"address\":\"a\"}");
        assertProblem(hugeString, 422);
        assertProblem(
                raw(
                        "admin",
                        "POST",
                        "/api/locations",
                        "{\"id\":\"" + "x".repeat(1_100_000) + "\"}",
                        "application/json"),
                413);
    }

    @Test
    @Order(5)
    void datesOutsideTheYears1900To2200Are422NamingTheField() {
        for (String date :
                List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01")) {
            Reply certificate =
                    anonymous.post(
                            "/api/registry/certificate-requests",
                            "{\"kind\":\"BIRTH\",\"subjectName\":\"Erika Muster\","
                                    + "\"eventDate\":\""
                                    + date
                                    + "\",\"copies\":1,\"requesterName\":\"Erika Muster\",\"email\":\"erika@example.org\","
                                    + "\"address\":{\"street\":\"Hauptstr. 1\",\"postcode\":\"10115\",\"city\":\"Berlin\"}}");
            assertProblem(certificate, 422);
            assertTrue(certificate.body().contains("eventDate"), certificate.toString());
            Reply dayList =
                    raw(
                            "kfz-leitung",
                            "GET",
                            "/api/units/vehicle/locations/"
                                    + demoLocation()
                                    + "/day-list?date="
                                    + date.replace("+", "%2B"),
                            null,
                            null,
                            "Accept",
                            "text/csv");
            assertProblem(dayList, 422);
            assertTrue(dayList.body().contains("\"date\""), dayList.toString());
        }
        Reply booking =
                admin.post(
                        "/api/appointments",
                        "{\"service\":\"x\",\"location\":\""
                                + demoLocation()
                                + "\",\"start\":\"+999999999-12-31T10:00:00\",\"name\":\"Zeit Reisender\",\"phone\":\"030 1\"}");
        assertClientError(booking, 404, 409, 422);
    }

    @Test
    @Order(5)
    void aValidationErrorSpeaksGermanByDefaultAndEnglishOnRequestWithTheFieldsLabel() {
        String malformedStart =
                Json.createObjectBuilder()
                        .add("service", "geburtsurkunde")
                        .add("location", demoLocation())
                        .add("start", "morgen um neun")
                        .add("name", "Erika Muster")
                        .add("phone", "030 1")
                        .build()
                        .toString();

        Reply german = admin.post("/api/appointments", malformedStart);
        assertProblem(german, 422);
        assertEquals("de", german.header("Content-Language").orElse(""), german.toString());
        JsonObject germanError = german.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("start", germanError.getString("field"), german.toString());
        assertTrue(
                germanError.getString("message").startsWith("Beginn: Zeitpunkt im ISO-8601-Format"),
                german.toString());
        assertEquals(
                "Eingaben nicht verarbeitbar", german.json().getString("title"), german.toString());
        assertEquals(
                "Die Eingaben sind nicht gültig.",
                german.json().getString("detail"),
                german.toString());
        for (String english : List.of("Start:", "date-time", "input", "Unprocessable")) {
            assertFalse(
                    german.body().contains(english), "no English in a German answer: " + german);
        }

        Reply english =
                admin.post(
                        "/api/appointments", malformedStart, "Accept-Language", "en-GB,en;q=0.9");
        assertProblem(english, 422);
        assertEquals("en", english.header("Content-Language").orElse(""), english.toString());
        JsonObject englishError = english.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("start", englishError.getString("field"), english.toString());
        assertTrue(
                englishError
                        .getString("message")
                        .startsWith("Start: ISO-8601 date-time with offset"),
                english.toString());
        assertEquals(
                "Unprocessable Content", english.json().getString("title"), english.toString());
        assertEquals(
                "The input is not valid.", english.json().getString("detail"), english.toString());
        for (String german2 : List.of("Beginn", "Zeitpunkt", "Eingaben", "gültig")) {
            assertFalse(
                    english.body().contains(german2), "no German in an English answer: " + english);
        }

        // Bean Validation on a typed command: the same one-language answer, labelled
        String certificate =
                "{\"kind\":\"BIRTH\",\"subjectName\":\"Erika Muster\",\"eventDate\":\"2020-02-30\",\"copies\":1,"
                        + "\"requesterName\":\"Erika Muster\",\"email\":\"erika@example.org\","
                        + "\"address\":{\"street\":\"Hauptstr. 1\",\"postcode\":\"10115\",\"city\":\"Berlin\"}}";
        Reply germanDate = admin.post("/api/registry/certificate-requests", certificate);
        assertProblem(germanDate, 422);
        assertTrue(
                germanDate.body().contains("Datum des Ereignisses: Datum im Format JJJJ-MM-TT"),
                germanDate.toString());
        assertFalse(germanDate.body().contains("YYYY"), germanDate.toString());
        Reply englishDate =
                admin.post(
                        "/api/registry/certificate-requests", certificate, "Accept-Language", "en");
        assertProblem(englishDate, 422);
        assertTrue(
                englishDate.body().contains("Date of the event: date as YYYY-MM-DD"),
                englishDate.toString());
        assertFalse(englishDate.body().contains("JJJJ"), englishDate.toString());

        Reply closure =
                raw(
                        "admin",
                        "POST",
                        "/api/units/vehicle/locations/" + demoLocation() + "/closures",
                        "{\"date\":\"" + LocalDate.now(BERLIN).plusDays(400) + "\"}",
                        "application/json",
                        "Accept-Language",
                        "en");
        assertProblem(closure, 422);
        assertTrue(closure.body().contains("\"field\":\"reason\""), closure.toString());
        assertTrue(closure.body().contains("Reason: is required"), closure.toString());
        assertFalse(closure.body().contains("fehlt"), closure.toString());
    }

    @Test
    @Order(6)
    void concurrentOpeningHoursChangesBothSucceed() throws Exception {
        String location = newLocation();
        String hours = "/api/units/civil-registry/locations/" + location + "/opening-hours";
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 15; round++) {
                int counters = round % 3 + 1;
                List<Future<Reply>> answers = new ArrayList<>();
                for (int writer = 0; writer < 3; writer++) {
                    String body = weeklyHours(5, "07:00", "19:00", counters + writer);
                    answers.add(pool.submit(() -> registryHead.put(hours, body)));
                }
                for (Future<Reply> answer : answers) {
                    Reply reply = answer.get(60, TimeUnit.SECONDS);
                    assertEquals(200, reply.status(), "round " + round + ": " + reply);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(7)
    void csvCellsThatWouldRunAsFormulasAreNeutralisedInDayListAndContacts() {
        String location = newLocation();
        put(
                registryHead,
                "/api/units/civil-registry/locations/" + location + "/opening-hours",
                weeklyHours(5, "00:00", "23:55", 4));
        LocalDate day = LocalDate.now(BERLIN).plusDays(3);
        String formula = "=HYPERLINK(\"http://evil.example/\",\"Klick\")";
        Reply booked =
                registryHead.post(
                        "/api/appointments",
                        Json.createObjectBuilder()
                                .add("service", "geburtsurkunde")
                                .add("location", location)
                                .add("start", day + "T09:00:00")
                                .add("name", formula)
                                .add("phone", "+49 30 123")
                                .build()
                                .toString());
        assertEquals(201, booked.status(), booked.toString());
        Reply second =
                registryHead.post(
                        "/api/appointments",
                        Json.createObjectBuilder()
                                .add("service", "geburtsurkunde")
                                .add("location", location)
                                .add("start", day + "T09:30:00")
                                .add("name", "@SUM(A1)")
                                .add("phone", "+49 30 456")
                                .build()
                                .toString());
        assertEquals(201, second.status(), second.toString());

        Reply dayList =
                raw(
                        "standesamt-leitung",
                        "GET",
                        "/api/units/civil-registry/locations/" + location + "/day-list?date=" + day,
                        null,
                        null,
                        "Accept",
                        "text/csv");
        assertEquals(200, dayList.status(), dayList.toString());
        assertCellsNeutralised(dayList.body(), formula);
        assertTrue(dayList.body().contains("'@SUM(A1)"), dayList.body());
        assertTrue(
                dayList.body().contains("'+49 30 456"),
                "a leading + is neutralised as well: " + dayList.body());

        Reply declared =
                admin.post(
                        "/api/disruptions",
                        "{\"locations\":[\""
                                + location
                                + "\"],\"units\":[\"civil-registry\"],"
                                + "\"from\":\""
                                + day
                                + "T08:00:00\",\"to\":\""
                                + day
                                + "T12:00:00\",\"reason\":\"Rohrbruch\"}");
        assertEquals(201, declared.status(), declared.toString());
        Reply contacts =
                admin.get(
                        "/api/disruptions/" + declared.json().getString("id") + "/contacts",
                        "Accept",
                        "text/csv");
        assertEquals(200, contacts.status(), contacts.toString());
        assertCellsNeutralised(contacts.body(), formula);
    }

    @Test
    @Order(8)
    void controlCharactersAndLineBreaksInNamesAre422() {
        for (String name :
                List.of(
                        "Eva\u0000Null",
                        "Zeile\nUmbruch",
                        "Wagen\rRücklauf",
                        "Glocke\u0007",
                        "C1\u0085",
                        "Entf\u007F")) {
            Reply location =
                    admin.post(
                            "/api/locations",
                            Json.createObjectBuilder()
                                    .add("id", "ctl-" + shortId())
                                    .add("name", name)
                                    .add("address", "Hauptstr. 1")
                                    .build()
                                    .toString());
            assertProblem(location, 422);
            assertTrue(location.body().contains("\"name\""), location.toString());
            Reply booking =
                    admin.post(
                            "/api/appointments",
                            Json.createObjectBuilder()
                                    .add("service", "geburtsurkunde")
                                    .add("location", demoLocation())
                                    .add("start", LocalDate.now(BERLIN).plusDays(5) + "T09:00:00")
                                    .add("name", name)
                                    .add("phone", "030 1")
                                    .build()
                                    .toString());
            assertProblem(booking, 422);
            assertTrue(booking.body().contains("\"name\""), booking.toString());
        }
        Reply multiLineAddress =
                admin.post(
                        "/api/locations",
                        Json.createObjectBuilder()
                                .add("id", "ml-" + shortId())
                                .add("name", "Bürgeramt Nord")
                                .add("address", "Hauptstr. 1\n10115 Berlin")
                                .build()
                                .toString());
        assertEquals(
                201, multiLineAddress.status(), "an address may span lines: " + multiLineAddress);
        Reply nulInAddress =
                admin.post(
                        "/api/locations",
                        Json.createObjectBuilder()
                                .add("id", "ml-" + shortId())
                                .add("name", "Bürgeramt Süd")
                                .add("address", "Hauptstr.\u00001")
                                .build()
                                .toString());
        assertProblem(nulInAddress, 422);
        String location = newLocation();
        Reply paper =
                registryHead.postText(
                        "/api/units/civil-registry/locations/" + location + "/reconciliation",
                        "code;service;clerk;time;outcome;notes\r\n;geburtsurkunde;Eva\u0000Null;"
                                + LocalDate.now(BERLIN)
                                + " 09:00;DONE;ok\r\n",
                        "text/csv");
        assertEquals(200, paper.status(), paper.toString());
        assertEquals(0, paper.json().getInt("imported"), paper.toString());
        assertTrue(
                paper.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .startsWith("clerk"),
                paper.toString());
        Reply emoji =
                admin.post(
                        "/api/locations",
                        Json.createObjectBuilder()
                                .add("id", "em-" + shortId())
                                .add("name", "Bürgeramt 🏛️ Şişli")
                                .add("address", "Straße 1")
                                .build()
                                .toString());
        assertEquals(
                201, emoji.status(), "letters and emoji of every script stay allowed: " + emoji);
    }

    @Test
    @Order(9)
    void answersCarryingATokenAreNeverStored() {
        String location = newLocation();
        put(
                registryHead,
                "/api/units/civil-registry/locations/" + location + "/opening-hours",
                weeklyHours(5, "00:00", "23:55", 4));
        Reply booked =
                registryHead.post(
                        "/api/appointments",
                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + LocalDate.now(BERLIN).plusDays(4)
                                + "T10:00:00\",\"name\":\"Erika Muster\",\"phone\":\"030 1\"}");
        assertEquals(201, booked.status(), booked.toString());
        assertTrue(booked.json().containsKey("token"));
        assertEquals(
                "no-store",
                booked.header("Cache-Control").orElse(""),
                booked.response().headers().toString());
        JsonObject appointment = booked.json();
        Reply read =
                anonymous.get(
                        "/api/appointments/"
                                + appointment.getString("code")
                                + "?token="
                                + appointment.getString("token"));
        assertEquals(200, read.status(), read.toString());
        assertEquals("no-store", read.header("Cache-Control").orElse(""));
        assertEquals(
                "no-store", anonymous.get("/api/challenges").header("Cache-Control").orElse(""));
        assertEquals("no-store", admin.get("/api/staff").header("Cache-Control").orElse(""));
        assertEquals(
                "no-store",
                anonymous.get("/api/appointments/NOPE?token=x").header("Cache-Control").orElse(""));
        Reply services = anonymous.get("/api/services?unit=vehicle");
        assertEquals(200, services.status());
        assertFalse(
                services.header("Cache-Control").orElse("").contains("no-store"),
                "the public catalogue may be cached");
    }

    @Test
    @Order(10)
    void errorsTheApplicationSeesCarryAProblemDocumentTheSecurityHeadersAndNoStore() {
        List<Reply> replies =
                List.of(
                        raw(null, "GET", "/no/such/page", null, null),
                        raw(null, "GET", "/api/no/such/operation", null, null),
                        raw("admin", "POST", "/api/locations", "<location/>", "application/xml"),
                        raw("admin", "DELETE", "/api/locations", null, null),
                        raw(null, "GET", "/api/services?unit=" + "x".repeat(5_000), null, null));
        for (Reply reply : replies) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, reply.toString());
            assertTrue(reply.contentType().startsWith(PROBLEM), reply.toString());
            assertEquals(
                    "nosniff", reply.header("X-Content-Type-Options").orElse(""), reply.toString());
            assertTrue(reply.header("Content-Security-Policy").isPresent(), reply.toString());
        }
    }

    /**
     * What the HTTP layer (Grizzly, in front of the web application) refuses itself: a GET with a
     * body, NUL or broken UTF-8 in the path, a request line over its limit. It answers 400 with an
     * empty body and no headers of ours — never a server error; the README documents it.
     */
    @Test
    @Order(11)
    void requestsTheHttpLayerRefusesAreA400NeverAServerError() {
        List<Reply> replies =
                List.of(
                        raw(null, "GET", "/api/locations", "{\"a\":1}", "application/json"),
                        raw(null, "GET", "/api/appointments/%00?token=x", null, null),
                        raw(null, "GET", "/api/appointments/%C3%28?token=x", null, null),
                        raw(null, "GET", "/api/services?unit=" + "x".repeat(100_000), null, null));
        for (Reply reply : replies) {
            System.out.println(
                    "HostileInputIT: refused by the HTTP layer: "
                            + reply.status()
                            + " "
                            + reply.response().headers().map().keySet());
            assertTrue(
                    reply.status() >= 400 && reply.status() < 500, abbreviated(reply.toString()));
            assertTrue(
                    refusedByHttpLayer(reply) || reply.contentType().startsWith(PROBLEM),
                    abbreviated(reply.toString()));
        }
    }

    /**
     * Grizzly's own refusal: 400 with no body and none of the headers every answer of ours carries.
     */
    static boolean refusedByHttpLayer(Reply reply) {
        return reply.status() == 400
                && reply.body().isEmpty()
                && reply.header("X-Content-Type-Options").isEmpty();
    }

    // ---------------------------------------------------------------- hostile input over /openapi

    @Test
    @Order(20)
    void noHostileInputOnAnyOperationCausesAServerError() throws Exception {
        JsonObject openapi = anonymous.get("/openapi", "Accept", "application/json").json();
        List<Operation> operations = operations(openapi);
        assertTrue(operations.size() > 30, "operations found: " + operations.size());
        List<String> callers =
                Arrays.asList(
                        null,
                        "admin",
                        "kfz-leitung",
                        "abh-schalter",
                        "standesamt-leitung",
                        "autohaus-nord");
        Random random = new Random(20261205);
        List<Case> cases = new ArrayList<>();
        for (Operation operation : operations) {
            List<Case> forOperation = casesFor(operation, random);
            for (int i = 0; i < callers.size(); i++) {
                // every caller meets every generated case of the operation's first half of cases,
                // the rest is spread over callers
                for (int c = 0; c < forOperation.size(); c++) {
                    if (c % 2 == 0 || c % callers.size() == i) {
                        cases.add(forOperation.get(c).by(callers.get(i)));
                    }
                }
            }
        }
        Collections.shuffle(cases, random);

        AtomicInteger sent = new AtomicInteger();
        AtomicInteger httpLayer = new AtomicInteger();
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        List<String> violations = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Case c : cases) {
                running.add(
                        pool.submit(
                                () -> {
                                    Reply reply;
                                    try {
                                        reply = c.send(this);
                                    } catch (RuntimeException failed) {
                                        violations.add("no answer: " + c + " → " + failed);
                                        return;
                                    }
                                    sent.incrementAndGet();
                                    byStatus.computeIfAbsent(
                                                    reply.status(), s -> new AtomicInteger())
                                            .incrementAndGet();
                                    if (reply.status() >= 500) {
                                        violations.add(c + " → " + abbreviated(reply.toString()));
                                    } else if (reply.status() >= 400
                                            && !reply.contentType().startsWith(PROBLEM)) {
                                        if (c.refusedBeforeTheApplication()
                                                && refusedByHttpLayer(reply)) {
                                            httpLayer.incrementAndGet();
                                        } else {
                                            violations.add(
                                                    c
                                                            + " → not a problem document: "
                                                            + abbreviated(reply.toString()));
                                        }
                                    }
                                }));
            }
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String summary =
                sent.get()
                        + " requests over "
                        + operations.size()
                        + " operations and "
                        + callers.size()
                        + " callers in "
                        + seconds
                        + " s; by status "
                        + new java.util.TreeMap<>(byStatus)
                        + "; of these refused by the"
                        + " HTTP layer before the application (GET/DELETE with a body, NUL or broken UTF-8 in the path): "
                        + httpLayer;
        System.out.println("HostileInputIT: " + summary);
        assertTrue(sent.get() >= 10_000, summary);
        assertTrue(
                violations.isEmpty(),
                violations.size()
                        + " violations ("
                        + summary
                        + "), first: "
                        + violations.stream().limit(40).collect(Collectors.joining("\n")));
    }

    // ---------------------------------------------------------------- generating cases

    record Operation(
            String method,
            String path,
            List<JsonObject> parameters,
            JsonObject bodySchema,
            String bodyType) {}

    record Case(String caller, String method, String path, String body, String contentType) {
        Case by(String who) {
            return new Case(who, method, path, body, contentType);
        }

        /**
         * What Grizzly refuses before the web application: a body on GET/DELETE, NUL or broken
         * UTF-8 in the path.
         */
        boolean refusedBeforeTheApplication() {
            String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            boolean bodyWithoutMeaning =
                    body != null && (method.equals("GET") || method.equals("DELETE"));
            return bodyWithoutMeaning || rawPath.contains("%00") || rawPath.contains("%C3%28");
        }

        Reply send(HostileInputIT test) {
            return test.raw(caller, method, path, body, contentType);
        }

        @Override
        public String toString() {
            return (caller == null ? "anonymous" : caller)
                    + " "
                    + method
                    + " "
                    + abbreviated(path)
                    + (body == null ? "" : " [" + contentType + "] " + abbreviated(body));
        }
    }

    static final List<String> PATH_GARBAGE =
            List.of(
                    "%00",
                    "x%00y",
                    "%27%20OR%20%271%27%3D%271",
                    "..%2F..%2Fetc%2Fpasswd",
                    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                    "%F0%9F%98%80",
                    "99999999999999999999999999",
                    "-1",
                    "0",
                    "null",
                    "%20",
                    "a%0D%0AX-Injected:%201",
                    "x".repeat(3000),
                    "%C3%28",
                    "1e999",
                    "%E2%80%AE",
                    "DROP%20TABLE%20x%3B",
                    "%25");

    static final List<String> QUERY_GARBAGE =
            List.of(
                    "-999999999-01-01",
                    "%2B999999999-12-31",
                    "0000-00-00",
                    "2026-02-30",
                    "9999-12-31T99:99",
                    "",
                    "null",
                    "%00",
                    "%27%20OR%201%3D1--",
                    "%3Cscript%3E",
                    "99999999999999999999999999999",
                    "-1",
                    "1e999",
                    "%F0%9F%98%80%E2%80%AE",
                    "x".repeat(5000),
                    "a%0D%0Ab",
                    "%5B%5D",
                    "%7B%7D");

    static final String DIGITS = "9".repeat(5000);

    static List<String> valueGarbage(String field) {
        return List.of(
                "null",
                "\"\"",
                "\"" + "x".repeat(20_000) + "\"",
                DIGITS,
                "1e999999999",
                "-2147483649",
                "2147483648",
                "0.000000001",
                "true",
                "[]",
                "[null]",
                "[[[[[[[[[[]]]]]]]]]]",
                "{}",
                "{\"a\":null}",
                "\"a\\u0000b\"",
                "\"zeile\\numbruch\"",
                "\"\\u0007\\u001b[31m\\u0085\"",
                "\"😀🏛️‮mirror\"",
                "\"' OR '1'='1'; DROP TABLE appointment;--\"",
                "\"<script>alert(1)</script>\"",
                "\"-999999999-01-01\"",
                "\"+999999999-12-31T23:59:59+01:00\"",
                "\"2026-13-45\"",
                "\"25:99\"",
                "\"=HYPERLINK(\\\"http://x\\\")\"",
                "\"../../etc/passwd\"",
                "\"%00\"",
                "\"" + field + "\"");
    }

    static final List<String> BODY_GARBAGE =
            List.of(
                    "",
                    "null",
                    "[]",
                    "{}",
                    "\"text\"",
                    "12",
                    "{",
                    "{\"a\":}",
                    "[".repeat(5000) + "]".repeat(5000),
                    "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
                    DIGITS,
                    "[null]",
                    "{\"\u0000\":1}",
                    "\u0000",
                    "\uFEFF{}",
                    "{\"unknown\":\"field\",\"__proto__\":{}}");

    List<Case> casesFor(Operation op, Random random) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> pathDefaults = new LinkedHashMap<>();
        Map<String, String> queryDefaults = new LinkedHashMap<>();
        for (JsonObject p : op.parameters()) {
            String name = p.getString("name");
            String in = p.getString("in", "");
            if (in.equals("path")) {
                pathDefaults.put(name, plausible(name));
            } else if (in.equals("query")) {
                queryDefaults.put(name, plausible(name));
            }
        }
        String validBody = op.bodySchema() == null ? null : instance(op.bodySchema(), 0).toString();
        String bodyType = op.bodyType() == null ? "application/json" : op.bodyType();
        for (String name : pathDefaults.keySet()) {
            for (String garbage : PATH_GARBAGE) {
                Map<String, String> path = new LinkedHashMap<>(pathDefaults);
                path.put(name, garbage);
                cases.add(
                        new Case(
                                null,
                                op.method(),
                                url(op.path(), path, queryDefaults),
                                validBody,
                                validBody == null ? null : bodyType));
            }
        }
        for (String name : queryDefaults.keySet()) {
            for (String garbage : QUERY_GARBAGE) {
                Map<String, String> query = new LinkedHashMap<>(queryDefaults);
                query.put(name, garbage);
                cases.add(
                        new Case(
                                null,
                                op.method(),
                                url(op.path(), pathDefaults, query),
                                validBody,
                                validBody == null ? null : bodyType));
            }
        }
        String url = url(op.path(), pathDefaults, queryDefaults);
        if (op.bodySchema() != null
                || !op.method().equals("GET") && !op.method().equals("DELETE")) {
            for (String body : BODY_GARBAGE) {
                cases.add(new Case(null, op.method(), url, body, "application/json"));
            }
            cases.add(
                    new Case(
                            null,
                            op.method(),
                            url,
                            validBody == null ? "{}" : validBody,
                            "text/plain"));
            cases.add(new Case(null, op.method(), url, "<a>1</a>", "application/xml"));
            cases.add(
                    new Case(
                            null,
                            op.method(),
                            url,
                            validBody == null ? "{}" : validBody,
                            "application/json; charset=ISO-8859-1"));
            cases.add(
                    new Case(
                            null,
                            op.method(),
                            url,
                            "code;name\n=cmd|' /C calc'!A0;x\n\u0000;\"",
                            "text/csv"));
        }
        if (op.bodySchema() != null && op.bodySchema().containsKey("properties")) {
            JsonObject valid = instance(op.bodySchema(), 0).asJsonObject();
            for (String property : op.bodySchema().getJsonObject("properties").keySet()) {
                for (String garbage : valueGarbage(property)) {
                    cases.add(
                            new Case(
                                    null,
                                    op.method(),
                                    url,
                                    withMember(valid, property, garbage),
                                    "application/json"));
                }
            }
            for (String garbage : List.of("null", "[null]", "\"x\"")) {
                cases.add(
                        new Case(
                                null,
                                op.method(),
                                url,
                                withMember(valid, "unexpected", garbage),
                                "application/json"));
            }
        }
        if (op.method().equals("GET")) {
            cases.add(new Case(null, "GET", url, "{\"a\":1}", "application/json"));
        }
        return cases;
    }

    /** A plausible value for a parameter, so that garbage elsewhere reaches the code behind it. */
    String plausible(String name) {
        return switch (name) {
            case "unit" -> "vehicle";
            case "location" -> demoLocation();
            case "date", "from" -> LocalDate.now(BERLIN).plusDays(7).toString();
            case "to" -> LocalDate.now(BERLIN).plusDays(8).toString();
            case "service" -> "zulassung";
            case "action" -> "start";
            case "token" -> "not-the-token";
            default -> "hostile-" + name;
        };
    }

    /** A value of the schema's shape with harmless content (ids that do not exist). */
    JsonValue instance(JsonObject schema, int depth) {
        JsonObject resolved = resolve(schema);
        String type =
                resolved.getString(
                        "type", resolved.containsKey("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                var object = Json.createObjectBuilder();
                if (depth < 4 && resolved.containsKey("properties")) {
                    resolved.getJsonObject("properties")
                            .forEach(
                                    (name, sub) ->
                                            object.add(
                                                    name, instance(sub.asJsonObject(), depth + 1)));
                }
                yield object.build();
            }
            case "array" ->
                    Json.createArrayBuilder()
                            .add(
                                    depth < 4 && resolved.containsKey("items")
                                            ? instance(resolved.getJsonObject("items"), depth + 1)
                                            : Json.createValue("x"))
                            .build();
            case "integer" -> Json.createValue(2);
            case "number" -> Json.createValue(0.5);
            case "boolean" -> JsonValue.FALSE;
            default -> {
                if (resolved.containsKey("enum")) {
                    yield resolved.getJsonArray("enum").get(0);
                }
                String format = resolved.getString("format", "");
                yield Json.createValue(
                        switch (format) {
                            case "date" -> LocalDate.now(BERLIN).plusDays(7).toString();
                            case "date-time" ->
                                    LocalDate.now(BERLIN).plusDays(7) + "T10:00:00+01:00";
                            default -> "hostile";
                        });
            }
        };
    }

    JsonObject components;

    JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref") && components != null) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            JsonObject target = components.getJsonObject(name);
            return target == null ? Json.createObjectBuilder().build() : target;
        }
        if (schema.containsKey("allOf") && !schema.getJsonArray("allOf").isEmpty()) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }

    List<Operation> operations(JsonObject openapi) {
        components =
                openapi.containsKey("components")
                                && openapi.getJsonObject("components").containsKey("schemas")
                        ? openapi.getJsonObject("components").getJsonObject("schemas")
                        : null;
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            if (path.getKey().endsWith("/display")) {
                continue; // an endless event stream; its parameters are checked by the path garbage
                // of its siblings
            }
            JsonObject item = path.getValue().asJsonObject();
            List<JsonObject> shared =
                    item.containsKey("parameters")
                            ? item.getJsonArray("parameters").getValuesAs(JsonObject.class)
                            : List.of();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                List<JsonObject> parameters = new ArrayList<>(shared);
                if (operation.containsKey("parameters")) {
                    parameters.addAll(
                            operation.getJsonArray("parameters").getValuesAs(JsonObject.class));
                }
                JsonObject schema = null;
                String bodyType = null;
                if (operation.containsKey("requestBody")) {
                    JsonObject content =
                            operation.getJsonObject("requestBody").getJsonObject("content");
                    if (content != null && !content.isEmpty()) {
                        bodyType =
                                content.containsKey("application/json")
                                        ? "application/json"
                                        : content.keySet().iterator().next();
                        JsonObject media = content.getJsonObject(bodyType);
                        schema =
                                media.containsKey("schema")
                                        ? resolve(media.getJsonObject("schema"))
                                        : null;
                        if (bodyType.equals("*/*")) {
                            bodyType = "application/json";
                        }
                    }
                }
                operations.add(
                        new Operation(
                                method.toUpperCase(), path.getKey(), parameters, schema, bodyType));
            }
        }
        return operations;
    }

    static String url(String template, Map<String, String> path, Map<String, String> query) {
        String url = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", p.getValue());
        }
        url = url.replaceAll("\\{[^}]+}", "hostile");
        if (!query.isEmpty()) {
            url +=
                    "?"
                            + query.entrySet().stream()
                                    .map(q -> q.getKey() + "=" + q.getValue())
                                    .collect(Collectors.joining("&"));
        }
        return url;
    }

    static String withMember(JsonObject valid, String name, String rawJson) {
        var copy = new LinkedHashMap<String, String>();
        valid.forEach((k, v) -> copy.put(k, v.toString()));
        copy.put(name, rawJson);
        return copy.entrySet().stream()
                .map(e -> Json.createValue(e.getKey()).toString() + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    // ---------------------------------------------------------------- helpers

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    /** Sends exactly what is given, also a GET with a body, a raw path, any content type. */
    Reply raw(
            String user,
            String method,
            String path,
            String body,
            String contentType,
            String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + path))
                        .timeout(Duration.ofSeconds(60))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(
                                                body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new Reply(
                    http.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String demoLocation;

    String demoLocation() {
        if (demoLocation == null) {
            demoLocation =
                    anonymous.get("/api/locations").jsonArray().getJsonObject(0).getString("id");
        }
        return demoLocation;
    }

    String newLocation() {
        String location = "h-" + shortId();
        Reply created =
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Feindprobe "
                                + location
                                + "\",\"address\":\"Prüfweg 1\"}");
        assertEquals(201, created.status(), created.toString());
        return location;
    }

    static String weeklyHours(int slotMinutes, String from, String to, int counters) {
        return "{\"slotMinutes\":"
                + slotMinutes
                + ",\"weekly\":["
                + Arrays.stream(DayOfWeek.values())
                        .map(
                                d ->
                                        "{\"day\":\""
                                                + d
                                                + "\",\"from\":\""
                                                + from
                                                + "\",\"to\":\""
                                                + to
                                                + "\",\"counters\":"
                                                + counters
                                                + "}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    static void put(ApiClient client, String path, String body) {
        Reply reply = client.put(path, body);
        assertEquals(200, reply.status(), reply.toString());
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static void assertCellsNeutralised(String csv, String formula) {
        assertTrue(
                csv.contains("'" + formula.replace("\"", "\"\"")) || csv.contains("'" + formula),
                csv);
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(";")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(
                        bare.startsWith("=") || bare.startsWith("@") || bare.startsWith("+"),
                        "a cell runs as a formula: " + line);
            }
        }
    }

    static void assertProblem(Reply reply, int... statuses) {
        assertTrue(
                Arrays.stream(statuses).anyMatch(s -> s == reply.status()),
                "expected " + Arrays.toString(statuses) + ": " + abbreviated(reply.toString()));
        assertTrue(reply.contentType().startsWith(PROBLEM), abbreviated(reply.toString()));
    }

    static void assertClientError(Reply reply, int... statuses) {
        assertProblem(reply, statuses);
    }

    static String abbreviated(String text) {
        return text.length() > 300
                ? text.substring(0, 300) + "…(" + text.length() + " chars)"
                : text;
    }
}
