package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.FixedClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, proven over HTTP on the built WAR: every operation of {@code /openapi} for a
 * stranger, an admin, heads and clerks of the owning and of other departments and a dealer, against
 * a table of expectations written down here (not read from the code's annotations), with real
 * objects of each department (the disruption, the dealer, a waiting ticket, a booking's service);
 * plus the findings of issue #16: another department's disruption and its contacts, the outbox, and
 * the metrics.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationIT {

    /** Who owns the object an operation acts on, in the concrete request the matrix sends. */
    enum Owner {
        NONE,
        VEHICLE,
        IMMIGRATION,
        CIVIL_REGISTRY,
        DEALER_NORD
    }

    /**
     * One row of the table: roles allowed ("public" for everyone), whose object, and the request to
     * send.
     */
    record Rule(Set<String> roles, Owner owner, String query, String body) {}

    /** A demo account: its roles, its units, and whether it is the dealer autohaus-nord. */
    record Caller(String username, String role, Set<String> units) {}

    static final List<Caller> CALLERS =
            List.of(
                    new Caller(null, "anonymous", Set.of()),
                    new Caller("autohaus-nord", "dealer", Set.of()),
                    new Caller(
                            "standesamt-schalter",
                            "clerk",
                            Set.of("civil-registry", "citizenship")),
                    new Caller(
                            "standesamt-leitung", "head", Set.of("civil-registry", "citizenship")),
                    new Caller("abh-schalter", "clerk", Set.of("immigration")),
                    new Caller("abh-leitung", "head", Set.of("immigration")),
                    new Caller("kfz-schalter", "clerk", Set.of("vehicle")),
                    new Caller("kfz-leitung", "head", Set.of("vehicle")),
                    new Caller(
                            "admin",
                            "admin",
                            Set.of("vehicle", "immigration", "civil-registry", "citizenship")));

    static final Set<String> PUBLIC = Set.of("public");
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> HEADS = Set.of("admin", "head");
    static final Set<String> STAFF = Set.of("admin", "head", "clerk");
    static final Set<String> EVERY_ACCOUNT = Set.of("admin", "head", "clerk", "dealer");
    static final Set<String> DEALER_WORK = Set.of("admin", "head", "clerk", "dealer");

    /**
     * The expected rule of every operation; an operation of /openapi missing here fails the test.
     */
    static Map<String, Rule> table(String day) {
        String declaration =
                "{\"locations\":[\"mitte\"],\"units\":[\"immigration\"],\"from\":\""
                        + day
                        + "T02:00:00\",\"to\":\""
                        + day
                        + "T03:00:00\",\"reason\":\"Matrix\"}";
        Map<String, Rule> t = new LinkedHashMap<>();
        // citizens
        t.put(
                "GET /api/availability",
                rule(
                        PUBLIC,
                        Owner.NONE,
                        "?service=kfz-ausserbetriebsetzung&location=mitte&from="
                                + day
                                + "&to="
                                + day));
        t.put("POST /api/holds", rule(PUBLIC, Owner.NONE));
        // a complete booking of a vehicle service, so that a dealer reaches the vehicle
        // registration's dealer seat rule
        t.put(
                "POST /api/appointments",
                new Rule(
                        PUBLIC,
                        Owner.VEHICLE,
                        "",
                        "{\"service\":\"kfz-ausserbetriebsetzung\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + day
                                + "T10:00:00\",\"name\":\"Matrix Buchung\",\"email\":\"matrix@example.org\"}"));
        t.put("GET /api/appointments/{code}", rule(PUBLIC, Owner.NONE));
        t.put("DELETE /api/appointments/{code}", rule(PUBLIC, Owner.NONE));
        t.put("POST /api/appointments/{code}/confirm", rule(PUBLIC, Owner.NONE));
        t.put("POST /api/appointments/{code}/reschedule", rule(PUBLIC, Owner.NONE));
        t.put("POST /api/appointments/{code}/replacement/accept", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/appointments/{code}/replacement/options", rule(PUBLIC, Owner.NONE));
        t.put("POST /api/appointments/{code}/replacement/decline", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/holidays", rule(PUBLIC, Owner.NONE, "?from=" + day + "&to=" + day));
        t.put("GET /api/appointments/{code}/calendar.ics", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/confirmations/{code}", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/challenges", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/ping", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/verify", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/services", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/units", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/locations", rule(PUBLIC, Owner.NONE));
        t.put("POST /api/registry/certificate-requests", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/registry/certificate-requests/{id}", rule(PUBLIC, Owner.NONE));
        // configuration
        t.put("POST /api/locations", rule(HEADS, Owner.NONE));
        t.put("GET /api/units/{unit}/rules", rule(STAFF, Owner.VEHICLE));
        t.put("PUT /api/units/{unit}/rules", rule(HEADS, Owner.VEHICLE));
        t.put("POST /api/units/{unit}/services", rule(HEADS, Owner.VEHICLE));
        t.put(
                "GET /api/units/{unit}/locations/{location}/opening-hours",
                rule(STAFF, Owner.VEHICLE));
        t.put(
                "PUT /api/units/{unit}/locations/{location}/opening-hours",
                rule(HEADS, Owner.VEHICLE));
        t.put("GET /api/units/{unit}/locations/{location}/closures", rule(STAFF, Owner.VEHICLE));
        t.put("POST /api/units/{unit}/locations/{location}/closures", rule(HEADS, Owner.VEHICLE));
        t.put("GET /api/units/{unit}/locations/{location}/sessions", rule(STAFF, Owner.VEHICLE));
        t.put("POST /api/units/{unit}/locations/{location}/sessions", rule(HEADS, Owner.VEHICLE));
        t.put(
                "GET /api/statistics",
                rule(HEADS, Owner.VEHICLE, "?unit=vehicle&from=" + day + "&to=" + day));
        // counter
        t.put("POST /api/units/{unit}/locations/{location}/tickets", rule(STAFF, Owner.VEHICLE));
        t.put("GET /api/units/{unit}/locations/{location}/queue", rule(STAFF, Owner.VEHICLE));
        t.put("GET /api/units/{unit}/locations/{location}/parked", rule(STAFF, Owner.VEHICLE));
        t.put(
                "POST /api/units/{unit}/locations/{location}/queue/call-next",
                rule(STAFF, Owner.VEHICLE));
        t.put(
                "PUT /api/units/{unit}/locations/{location}/counters/{counter}",
                rule(HEADS, Owner.VEHICLE));
        t.put("GET /api/tickets/{id}", rule(STAFF, Owner.VEHICLE));
        t.put("POST /api/tickets/{id}/{action}", rule(STAFF, Owner.VEHICLE));
        t.put("PUT /api/tickets/{id}/draft", rule(STAFF, Owner.VEHICLE));
        // the offline counter: a device belongs to the unit it was registered for
        t.put(
                "POST /api/units/{unit}/locations/{location}/offline-devices",
                new Rule(STAFF, Owner.VEHICLE, "", "{\"name\":\"Matrix\"}"));
        t.put(
                "GET /api/units/{unit}/locations/{location}/offline-devices",
                rule(STAFF, Owner.VEHICLE));
        t.put(
                "GET /api/units/{unit}/locations/{location}/offline-copy",
                rule(STAFF, Owner.VEHICLE));
        t.put("DELETE /api/offline-devices/{id}", rule(HEADS, Owner.VEHICLE));
        t.put(
                "POST /api/offline-devices/{id}/actions",
                new Rule(STAFF, Owner.VEHICLE, "", "{\"actions\":[]}"));
        t.put("GET /api/offline-devices/{id}/actions", rule(STAFF, Owner.VEHICLE));
        t.put(
                "POST /api/offline-devices/{id}/actions/{actionId}/dismiss",
                rule(STAFF, Owner.VEHICLE));
        t.put("GET /api/units/{unit}/locations/{location}/counters", rule(STAFF, Owner.VEHICLE));
        t.put(
                "GET /api/units/{unit}/locations/{location}/counters/{counter}/current",
                rule(STAFF, Owner.VEHICLE));
        // offline kit
        t.put(
                "GET /api/units/{unit}/locations/{location}/day-list",
                rule(STAFF, Owner.VEHICLE, "?date=" + day));
        t.put(
                "POST /api/units/{unit}/locations/{location}/reconciliation",
                rule(STAFF, Owner.VEHICLE));
        t.put("POST /api/offline-kit/export", rule(HEADS, Owner.NONE));
        // callbacks (the list of the vehicle registration's people to call back; a callback id
        // that exists nowhere, as the whole WAR records none without the offline counter: staff
        // get 404, DisruptionIT proves the refusal of another unit's callback)
        t.put(
                "GET /api/units/{unit}/locations/{location}/callbacks",
                rule(STAFF, Owner.VEHICLE, "?from=" + day + "&to=" + day));
        t.put("POST /api/callbacks/{id}/done", rule(STAFF, Owner.NONE));
        // disruption (the matrix's own immigration disruption)
        t.put("POST /api/disruptions/preview", new Rule(HEADS, Owner.IMMIGRATION, "", declaration));
        t.put("POST /api/disruptions", new Rule(HEADS, Owner.IMMIGRATION, "", declaration));
        t.put("GET /api/disruptions", rule(HEADS, Owner.NONE));
        t.put("GET /api/disruptions/{id}", rule(HEADS, Owner.IMMIGRATION));
        t.put("GET /api/disruptions/{id}/contacts", rule(HEADS, Owner.IMMIGRATION));
        t.put("GET /api/disruptions/{id}/cases", rule(HEADS, Owner.IMMIGRATION));
        t.put("POST /api/disruptions/{id}/rebook", rule(HEADS, Owner.IMMIGRATION));
        t.put("POST /api/disruptions/{id}/lift", rule(HEADS, Owner.IMMIGRATION));
        // dealers
        t.put("POST /api/vehicle/dealers", rule(HEADS, Owner.VEHICLE));
        t.put("GET /api/vehicle/dealers/{id}/batches", rule(DEALER_WORK, Owner.DEALER_NORD));
        t.put("POST /api/vehicle/dealers/{id}/batches", rule(DEALER_WORK, Owner.DEALER_NORD));
        t.put(
                "GET /api/vehicle/dealers/{id}/batches/{batchId}",
                rule(DEALER_WORK, Owner.DEALER_NORD));
        t.put("GET /api/vehicle/batch-items", rule(STAFF, Owner.VEHICLE));
        t.put("POST /api/vehicle/batch-items/{id}/{action}", rule(STAFF, Owner.VEHICLE));
        // registry office back office
        t.put("GET /api/registry/certificate-requests", rule(STAFF, Owner.CIVIL_REGISTRY));
        t.put(
                "POST /api/registry/certificate-requests/{id}/{action}",
                rule(STAFF, Owner.CIVIL_REGISTRY));
        // notifications: personal data of every department, for operators only
        t.put("GET /api/notifications/outbox", rule(ADMIN, Owner.NONE));
        t.put("POST /api/notifications/reminders", rule(HEADS, Owner.NONE));
        // administration
        t.put("GET /api/staff/me", rule(EVERY_ACCOUNT, Owner.NONE));
        // the pages' session: signing in and out is open to all, who-am-I needs a sign-in
        t.put("POST /api/session", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/session", rule(EVERY_ACCOUNT, Owner.NONE));
        t.put("DELETE /api/session", rule(PUBLIC, Owner.NONE));
        t.put("GET /api/staff", rule(ADMIN, Owner.NONE));
        t.put("POST /api/staff", rule(ADMIN, Owner.NONE));
        t.put("DELETE /api/staff/{username}", rule(ADMIN, Owner.NONE));
        t.put("POST /api/staff/{username}/unlock", rule(ADMIN, Owner.NONE));
        t.put("GET /api/audit", rule(ADMIN, Owner.NONE, "?subject=nothing"));
        t.put("POST /api/retention/run", rule(ADMIN, Owner.NONE));
        return t;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atFixedTime(Deployments.wholeApplication());
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient anonymous;
    ApiClient admin;

    /** Created once, through the API, before the first test. */
    static String location;

    static LocalDate day;
    static String vehiclePerson;
    static String immigrationPerson;
    static String immigrationDisruption;
    static String sharedDisruption;
    static String matrixDisruption;
    static String vehicleTicket;
    static String vehicleDevice;

    @BeforeEach
    void connect() {
        anonymous = ApiClient.at(deploymentUrl);
        admin = anonymous.as("admin", "demo");
        if (location == null) {
            createObjectsOfEachDepartment();
        }
    }

    private void createObjectsOfEachDepartment() {
        String place = "z-" + shortId();
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + place
                                + "\",\"name\":\"Rechte "
                                + place
                                + "\",\"address\":\"Prüfweg 1\"}"),
                201);
        for (String unit : List.of("vehicle", "immigration")) {
            ok(
                    admin.put(
                            "/api/units/" + unit + "/locations/" + place + "/opening-hours",
                            "{\"slotMinutes\":5,\"weekly\":["
                                    + Arrays.stream(DayOfWeek.values())
                                            .map(
                                                    d ->
                                                            "{\"day\":\""
                                                                    + d
                                                                    + "\",\"from\":\"00:00\",\"to\":\"23:55\",\"counters\":2}")
                                            .collect(Collectors.joining(","))
                                    + "]}"),
                    200);
        }
        // a waiting ticket of the vehicle registration (a walk-in needs the office open now: the
        // fixed clock's 10:00)
        Reply walkIn =
                ok(
                        anonymous
                                .as("kfz-schalter", "demo")
                                .post(
                                        "/api/units/vehicle/locations/" + place + "/tickets",
                                        "{\"walkIn\":{\"service\":\"kfz-ausserbetriebsetzung\",\"name\":\"Wanda Wartend\"}}"),
                        201);
        vehicleTicket = String.valueOf(walkIn.json().getJsonNumber("id").longValue());
        vehicleDevice =
                ok(
                                anonymous
                                        .as("kfz-schalter", "demo")
                                        .post(
                                                "/api/units/vehicle/locations/"
                                                        + place
                                                        + "/offline-devices",
                                                "{\"name\":\"Laptop Matrix\"}"),
                                201)
                        .json()
                        .getString("id");
        day = FixedClock.today().plusDays(3);
        vehiclePerson = "Vera Kfz " + shortId();
        immigrationPerson = "Ivo Ausland " + shortId();
        book("kfz-ausserbetriebsetzung", place, day + "T09:00:00", vehiclePerson);
        book("aufenthalt-verlaengerung", place, day + "T09:00:00", immigrationPerson);
        ApiClient immigrationHead = anonymous.as("abh-leitung", "demo");
        immigrationDisruption =
                ok(
                                immigrationHead.post(
                                        "/api/disruptions",
                                        declaration(place, "\"immigration\"", "08:45", "09:30")),
                                201)
                        .json()
                        .getString("id");
        // the same location and day, later: both units, declared by an admin
        book("kfz-ausserbetriebsetzung", place, day + "T11:00:00", vehiclePerson + " B");
        book("aufenthalt-verlaengerung", place, day + "T11:00:00", immigrationPerson + " B");
        sharedDisruption =
                ok(
                                admin.post(
                                        "/api/disruptions",
                                        declaration(
                                                place,
                                                "\"vehicle\",\"immigration\"",
                                                "10:45",
                                                "11:30")),
                                201)
                        .json()
                        .getString("id");
        LocalDate far = FixedClock.today().plusDays(200);
        matrixDisruption =
                ok(
                                immigrationHead.post(
                                        "/api/disruptions",
                                        "{\"locations\":[\"mitte\"],\"units\":[\"immigration\"],\"from\":\""
                                                + far
                                                + "T04:00:00\",\"to\":\""
                                                + far
                                                + "T04:30:00\",\"reason\":\"Matrix "
                                                + shortId()
                                                + "\"}"),
                                201)
                        .json()
                        .getString("id");
        location = place;
    }

    @Test
    void aHeadOfAnotherDepartmentNeitherReadsNorRebooksADisruptionOrItsContacts() {
        ApiClient vehicleHead = anonymous.as("kfz-leitung", "demo");
        String path = "/api/disruptions/" + immigrationDisruption;
        List<Reply> refused =
                List.of(
                        vehicleHead.get(path),
                        vehicleHead.get(path + "/contacts"),
                        vehicleHead.get(path + "/contacts", "Accept", "text/csv"),
                        vehicleHead.get(path + "/cases"),
                        vehicleHead.post(path + "/rebook", "{}"),
                        vehicleHead.post(path + "/lift", ""));
        for (Reply reply : refused) {
            assertProblem(reply, 403);
            assertFalse(reply.body().contains(immigrationPerson), "no names leak: " + reply);
        }
        assertProblem(vehicleHead.get("/api/disruptions/NO-SUCH-ONE"), 404);

        ApiClient immigrationHead = anonymous.as("abh-leitung", "demo");
        Reply contacts = ok(immigrationHead.get(path + "/contacts"), 200);
        assertTrue(contacts.body().contains(immigrationPerson), contacts.toString());
        assertTrue(
                ok(immigrationHead.get(path + "/contacts", "Accept", "text/csv"), 200)
                        .body()
                        .contains(immigrationPerson));
        assertEquals(1, ok(immigrationHead.get(path), 200).json().getInt("appointments"));
    }

    @Test
    void aDisruptionOverTwoUnitsShowsEachHeadOnlyTheirUnitsPart() {
        String path = "/api/disruptions/" + sharedDisruption;
        JsonObject all = ok(admin.get(path), 200).json();
        assertEquals(2, all.getInt("appointments"), all.toString());
        assertEquals(Set.of("vehicle", "immigration"), unitsOf(all));

        ApiClient vehicleHead = anonymous.as("kfz-leitung", "demo");
        JsonObject vehicle = ok(vehicleHead.get(path), 200).json();
        assertEquals(1, vehicle.getInt("appointments"), vehicle.toString());
        assertEquals(Set.of("vehicle"), unitsOf(vehicle));
        Reply vehicleContacts = ok(vehicleHead.get(path + "/contacts"), 200);
        assertEquals(1, vehicleContacts.jsonArray().size(), vehicleContacts.toString());
        assertTrue(vehicleContacts.body().contains(vehiclePerson + " B"));
        assertFalse(vehicleContacts.body().contains(immigrationPerson), vehicleContacts.toString());
        Reply csv = ok(vehicleHead.get(path + "/contacts", "Accept", "text/csv"), 200);
        assertTrue(csv.body().contains(vehiclePerson + " B"), csv.body());
        assertFalse(csv.body().contains(immigrationPerson), csv.body());

        ApiClient immigrationHead = anonymous.as("abh-leitung", "demo");
        Reply immigrationContacts = ok(immigrationHead.get(path + "/contacts"), 200);
        assertEquals(1, immigrationContacts.jsonArray().size(), immigrationContacts.toString());
        assertFalse(
                immigrationContacts.body().contains(vehiclePerson), immigrationContacts.toString());

        // rebooking acts on the caller's units only; lifting the whole disruption needs every unit
        JsonObject rebooked = ok(vehicleHead.post(path + "/rebook", "{}"), 200).json();
        assertEquals(
                1, rebooked.getInt("proposed") + rebooked.getInt("unplaced"), rebooked.toString());
        assertProblem(vehicleHead.post(path + "/lift", ""), 403);
        assertProblem(anonymous.as("standesamt-leitung", "demo").get(path), 403);

        // the list of disruptions: each head their units' disruptions and figures only
        List<JsonObject> vehicleList =
                ok(vehicleHead.get("/api/disruptions"), 200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
        JsonObject shared =
                vehicleList.stream()
                        .filter(d -> d.getString("id").equals(sharedDisruption))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("listed: " + vehicleList));
        assertEquals(1, shared.getInt("appointments"), shared.toString());
        assertEquals("[\"vehicle\"]", shared.getJsonArray("units").toString());
        assertFalse(shared.getBoolean("liftable"), "lifting needs every unit");
        assertTrue(
                vehicleList.stream()
                        .noneMatch(d -> d.getString("id").equals(immigrationDisruption)),
                "another department's disruption is not listed");
        assertFalse(
                ok(anonymous.as("standesamt-leitung", "demo").get("/api/disruptions"), 200)
                        .body()
                        .contains(sharedDisruption));
    }

    @Test
    void aClerkOfAnotherUnitNeitherSeesNorWorksAVehicleTicket() {
        String path = "/api/tickets/" + vehicleTicket;
        for (String stranger : List.of("abh-schalter", "abh-leitung", "standesamt-schalter")) {
            Reply read = anonymous.as(stranger, "demo").get(path);
            assertProblem(read, 403);
            assertFalse(read.body().contains("\"number\""), "nothing of the ticket: " + read);
            assertProblem(anonymous.as(stranger, "demo").post(path + "/start", ""), 403);
        }
        assertProblem(anonymous.as("autohaus-nord", "demo").get(path), 403);
        assertEquals(
                vehicleTicket,
                ok(anonymous.as("kfz-schalter", "demo").get(path), 200)
                        .json()
                        .getJsonNumber("id")
                        .toString());
        assertEquals(200, admin.get(path).status());
    }

    @Test
    void aUnitNamedTwiceCannotLetOnesOwnUnitVouchForAnother() {
        ApiClient vehicleHead = anonymous.as("kfz-leitung", "demo");
        String period = "&from=" + day + "&to=" + day;
        Reply twice = vehicleHead.get("/api/statistics?unit=immigration&unit=vehicle" + period);
        assertProblem(twice, 422);
        assertTrue(twice.body().contains("\"unit\""), twice.toString());
        assertProblem(
                vehicleHead.get("/api/statistics?unit=vehicle&unit=immigration" + period), 422);
        assertProblem(vehicleHead.get("/api/statistics?unit=immigration" + period), 403);
        ok(vehicleHead.get("/api/statistics?unit=vehicle" + period), 200);
    }

    @Test
    void theOutboxWithEveryDepartmentsRecipientsIsForOperatorsOnly() {
        Reply head = anonymous.as("kfz-leitung", "demo").get("/api/notifications/outbox");
        assertProblem(head, 403);
        assertFalse(head.body().contains("@"), "no recipients: " + head);
        assertProblem(anonymous.get("/api/notifications/outbox"), 401);
        assertEquals(200, admin.get("/api/notifications/outbox").status());
    }

    @Test
    void metricsAnswerOnlyOperators() {
        Reply stranger = anonymous.get("/metrics", "Accept", "text/plain");
        assertProblem(stranger, 401);
        assertTrue(
                stranger.header("WWW-Authenticate").orElse("").startsWith("Basic"),
                stranger.toString());
        assertFalse(stranger.body().contains("amtsplan_"), stranger.body());
        assertProblem(anonymous.get("/metrics/application", "Accept", "text/plain"), 401);
        assertProblem(
                anonymous.as("admin", "wrong-password").get("/metrics", "Accept", "text/plain"),
                401);
        assertProblem(
                anonymous.as("kfz-leitung", "demo").get("/metrics", "Accept", "text/plain"), 403);
        Reply operator = admin.get("/metrics", "Accept", "text/plain");
        assertEquals(200, operator.status(), operator.toString());
        assertTrue(operator.body().contains("amtsplan_"), "the application's metrics are there");
    }

    /** A page's sign-in: the cookie to send back and the CSRF token for changes. */
    record PageSession(String cookie, String csrfToken) {}

    private PageSession signIn(String username, String password, String... headers) {
        Reply reply =
                ok(
                        anonymous.post(
                                "/api/session",
                                "{\"username\":\""
                                        + username
                                        + "\",\"password\":\""
                                        + password
                                        + "\"}",
                                headers),
                        200);
        String setCookie = reply.header("Set-Cookie").orElseThrow();
        return new PageSession(
                setCookie.substring(0, setCookie.indexOf(';')),
                reply.json().getString("csrfToken"));
    }

    private String newClerkOfVehicle() {
        String username = "sitzung-" + shortId();
        ok(
                admin.post(
                        "/api/staff",
                        "{\"username\":\""
                                + username
                                + "\",\"password\":\"Zulassung-Schalter-7\",\"roles\":[\"clerk\"],\"units\":[\"vehicle\"]}"),
                201);
        return username;
    }

    @Test
    void aPageSignsInWithASessionCookieThatActsWithTheAccountsRolesAndUnitsOnly() {
        Reply signedIn =
                ok(
                        anonymous.post(
                                "/api/session",
                                "{\"username\":\"kfz-schalter\",\"password\":\"demo\"}"),
                        200);
        String setCookie = signedIn.header("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("amtsplan_session="), setCookie);
        assertTrue(setCookie.contains("; HttpOnly"), setCookie);
        assertTrue(setCookie.contains("; SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("; Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: " + setCookie);
        assertFalse(signedIn.body().contains("demo"), "the password is not echoed");
        assertEquals("kfz-schalter", signedIn.json().getString("username"));
        assertEquals(
                Set.of("vehicle"),
                Set.copyOf(
                        signedIn
                                .json()
                                .getJsonArray("units")
                                .getValuesAs(jakarta.json.JsonString.class)
                                .stream()
                                .map(jakarta.json.JsonString::getString)
                                .toList()));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        // a reloaded page learns who is signed in and gets the same token again
        JsonObject again = ok(anonymous.get("/api/session", "Cookie", cookie), 200).json();
        assertEquals("kfz-schalter", again.getString("username"));
        assertEquals(signedIn.json().getString("csrfToken"), again.getString("csrfToken"));

        // the own unit's ticket: yes; immigration's disruption and its people: no
        ok(anonymous.get("/api/tickets/" + vehicleTicket, "Cookie", cookie), 200);
        String disruption = "/api/disruptions/" + immigrationDisruption;
        for (Reply refused :
                List.of(
                        anonymous.get(disruption, "Cookie", cookie),
                        anonymous.get(disruption + "/contacts", "Cookie", cookie))) {
            assertProblem(refused, 403);
            assertFalse(refused.body().contains(immigrationPerson), refused.toString());
        }
        assertProblem(anonymous.get("/api/staff", "Cookie", cookie), 403);

        // behind a proxy that ended HTTPS, the cookie is only sent over HTTPS
        String behindProxy =
                ok(
                                anonymous.post(
                                        "/api/session",
                                        "{\"username\":\"kfz-schalter\",\"password\":\"demo\"}",
                                        "X-Forwarded-Proto",
                                        "https"),
                                200)
                        .header("Set-Cookie")
                        .orElseThrow();
        assertTrue(behindProxy.contains("; Secure"), behindProxy);
    }

    @Test
    void aChangeWithTheSessionCookieButWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        PageSession page = signIn("kfz-schalter", "demo");
        String tickets = "/api/units/vehicle/locations/" + location + "/tickets";
        String queue = "/api/units/vehicle/locations/" + location + "/queue";
        String name = "Carla Csrf " + shortId();
        String walkIn =
                "{\"walkIn\":{\"service\":\"kfz-ausserbetriebsetzung\",\"name\":\"" + name + "\"}}";
        int waiting = ok(anonymous.get(queue, "Cookie", page.cookie()), 200).jsonArray().size();

        Reply without = anonymous.post(tickets, walkIn, "Cookie", page.cookie());
        assertProblem(without, 403);
        Reply wrong =
                anonymous.post(
                        tickets,
                        walkIn,
                        "Cookie",
                        page.cookie(),
                        "X-CSRF-Token",
                        page.csrfToken() + "x",
                        "Accept-Language",
                        "en");
        assertProblem(wrong, 403);
        assertTrue(wrong.body().contains("CSRF"), wrong.toString());
        Reply queueAfter = ok(anonymous.get(queue, "Cookie", page.cookie()), 200);
        assertEquals(waiting, queueAfter.jsonArray().size(), "nothing was drawn");
        assertFalse(queueAfter.body().contains(name), queueAfter.toString());

        ok(
                anonymous.post(
                        tickets, walkIn, "Cookie", page.cookie(), "X-CSRF-Token", page.csrfToken()),
                201);
        // machines with HTTP Basic send no token, as before
        ok(anonymous.as("kfz-schalter", "demo").post(tickets, walkIn), 201);
        assertEquals(
                waiting + 2,
                ok(anonymous.get(queue, "Cookie", page.cookie()), 200).jsonArray().size());
    }

    @Test
    void aCitizensPageInABrowserWithAStaffSessionActsAsThePublicDoes() {
        PageSession page = signIn("kfz-schalter", "demo");
        String booking =
                "{\"service\":\"kfz-ausserbetriebsetzung\",\"location\":\""
                        + location
                        + "\",\"start\":\""
                        + FixedClock.today().plusDays(3)
                        + "T10:00\",\"name\":\"Petra Public\",\"email\":\"petra@example.org\"}";
        // the booking page sends no CSRF token: the cookie does not make it a staff request
        Reply withCookie = anonymous.post("/api/appointments", booking, "Cookie", page.cookie());
        Reply withoutCookie = anonymous.post("/api/appointments", booking);
        assertEquals(withoutCookie.status(), withCookie.status(), withCookie.toString());
        assertFalse(withCookie.body().contains("CSRF"), withCookie.toString());
        // while staff endpoints still refuse a change without the token
        assertProblem(
                anonymous.post(
                        "/api/units/vehicle/locations/" + location + "/queue/call-next",
                        "{\"counter\":\"1\"}",
                        "Cookie",
                        page.cookie()),
                403);
    }

    @Test
    void anEntranceKiosksSessionDrawsNumbersAndNothingElse() {
        Reply signedIn =
                ok(
                        anonymous.post(
                                "/api/session",
                                "{\"username\":\"kfz-schalter\",\"password\":\"demo\",\"kiosk\":true}"),
                        200);
        assertTrue(signedIn.json().getBoolean("kiosk"));
        String setCookie = signedIn.header("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = signedIn.json().getString("csrfToken");
        String base = "/api/units/vehicle/locations/" + location;
        ok(
                anonymous.post(
                        base + "/tickets",
                        "{\"walkIn\":{\"service\":\"kfz-ausserbetriebsetzung\"}}",
                        "Cookie",
                        cookie,
                        "X-CSRF-Token",
                        csrf),
                201);
        // anyone at the kiosk who opens a staff page or calls the API is the public, not its clerk
        assertProblem(anonymous.get(base + "/queue", "Cookie", cookie), 401);
        assertProblem(anonymous.get("/api/tickets/" + vehicleTicket, "Cookie", cookie), 401);
        assertProblem(
                anonymous.post(
                        base + "/queue/call-next",
                        "{\"counter\":\"1\"}",
                        "Cookie",
                        cookie,
                        "X-CSRF-Token",
                        csrf),
                401);
        JsonObject again = ok(anonymous.get("/api/session", "Cookie", cookie), 200).json();
        assertTrue(again.getBoolean("kiosk"), again.toString());
    }

    @Test
    void aWrongPasswordAtSignInIsAProblemInTheCallersLanguageWithoutABrowserBox() {
        String username = newClerkOfVehicle();
        String body = "{\"username\":\"" + username + "\",\"password\":\"falsch-falsch-1\"}";
        Reply english = anonymous.post("/api/session", body, "Accept-Language", "en");
        assertProblem(english, 401);
        assertTrue(english.header("WWW-Authenticate").isEmpty(), english.toString());
        assertTrue(english.header("Set-Cookie").isEmpty(), english.toString());
        assertTrue(english.body().contains("Wrong username or password"), english.toString());
        Reply german = anonymous.post("/api/session", body);
        assertProblem(german, 401);
        assertTrue(german.body().contains("Benutzername oder Passwort falsch"), german.toString());

        // neither asks a page for Basic credentials: no session, or one that has ended
        Reply nobody = anonymous.get("/api/session");
        assertProblem(nobody, 401);
        assertTrue(nobody.header("WWW-Authenticate").isEmpty(), nobody.toString());
        Reply ended =
                anonymous.get(
                        "/api/tickets/" + vehicleTicket,
                        "Cookie",
                        "amtsplan_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertProblem(ended, 401);
        assertTrue(ended.header("WWW-Authenticate").isEmpty(), ended.toString());

        // the failures are the account's audit trail, and they count towards its lock-out
        String audit = ok(admin.get("/api/audit?user=" + username), 200).body();
        assertTrue(audit.contains("/api/session") && audit.contains("401"), audit);
        for (int attempt = 3; attempt <= 5; attempt++) {
            assertProblem(anonymous.post("/api/session", body), 401);
        }
        assertProblem(
                anonymous.post(
                        "/api/session",
                        "{\"username\":\""
                                + username
                                + "\",\"password\":\"Zulassung-Schalter-7\"}"),
                401);
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() {
        String username = newClerkOfVehicle();
        PageSession page = signIn(username, "Zulassung-Schalter-7");
        assertProblem(anonymous.delete("/api/session", "Cookie", page.cookie()), 403);
        ok(anonymous.get("/api/session", "Cookie", page.cookie()), 200);

        Reply signedOut =
                ok(
                        anonymous.delete(
                                "/api/session",
                                "Cookie",
                                page.cookie(),
                                "X-CSRF-Token",
                                page.csrfToken()),
                        204);
        assertTrue(
                signedOut.header("Set-Cookie").orElse("").contains("Max-Age=0"),
                signedOut.toString());
        assertProblem(anonymous.get("/api/session", "Cookie", page.cookie()), 401);
        assertProblem(
                anonymous.get(
                        "/api/units/vehicle/locations/" + location + "/queue",
                        "Cookie",
                        page.cookie()),
                401);

        String audit = ok(admin.get("/api/audit?user=" + username), 200).body();
        assertTrue(audit.contains("\"DELETE\"") && audit.contains("\"POST\""), audit);
        assertTrue(audit.contains("/api/session"), audit);
    }

    @Test
    void aDeletedAccountsSessionEndsAtOnce() {
        String username = newClerkOfVehicle();
        PageSession page = signIn(username, "Zulassung-Schalter-7");
        ok(anonymous.get("/api/session", "Cookie", page.cookie()), 200);
        ok(admin.delete("/api/staff/" + username), 204);
        assertProblem(anonymous.get("/api/session", "Cookie", page.cookie()), 401);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentAnswersEachCallerAsTheTableSays() {
        JsonObject paths =
                anonymous
                        .get("/openapi", "Accept", "application/json")
                        .json()
                        .getJsonObject("paths");
        Map<String, Rule> table = table(FixedClock.today().plusDays(200).toString());
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                String verb = method.toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb)) {
                    continue;
                }
                String operation = verb + " " + path;
                if (operation.equals("GET /api/locations/{location}/display")) {
                    continue; // a never-ending public event stream; CounterIT reads it
                }
                seen.add(operation);
                Rule rule = table.get(operation);
                if (rule == null) {
                    problems.add(operation + ": not in the table of expected rules");
                    continue;
                }
                JsonObject spec = paths.getJsonObject(path).getJsonObject(method);
                String contentType =
                        spec.containsKey("requestBody")
                                ? spec.getJsonObject("requestBody")
                                        .getJsonObject("content")
                                        .keySet()
                                        .iterator()
                                        .next()
                                : "application/json";
                String concrete = concrete(path) + rule.query();
                for (Caller caller : CALLERS) {
                    ApiClient client =
                            caller.username() == null
                                    ? anonymous
                                    : anonymous.as(caller.username(), "demo");
                    Reply reply = call(client, verb, concrete, contentType, rule.body());
                    String expected = expected(rule, caller);
                    String who =
                            operation
                                    + " as "
                                    + (caller.username() == null ? "anonymous" : caller.username());
                    int status = reply.status();
                    if (status >= 500) {
                        problems.add(who + ": server error " + status);
                    } else if (expected.equals("401") && status != 401) {
                        problems.add(who + ": " + status + " instead of 401");
                    } else if (expected.equals("403") && status != 403) {
                        problems.add(who + ": " + status + " instead of 403");
                    } else if (expected.equals("403/404") && status != 403 && status != 404) {
                        problems.add(who + ": " + status + " instead of 403 or 404");
                    } else if (expected.equals("in") && (status == 401 || status == 403)) {
                        problems.add(who + ": refused with " + status);
                    }
                    if (!expected.equals("in")
                            && status < 500
                            && !reply.contentType().startsWith("application/problem+json")) {
                        problems.add(
                                who
                                        + ": a refusal must be a problem document, not "
                                        + reply.contentType());
                    }
                }
            }
        }
        assertTrue(seen.size() > 55, "the OpenAPI document lists the operations: " + seen.size());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(seen);
        assertTrue(stale.isEmpty(), "operations in the table but not in /openapi: " + stale);
        assertTrue(
                problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** "401", "403", "403/404" (another department's object), or "in" (neither 401 nor 403). */
    static String expected(Rule rule, Caller caller) {
        boolean isPublic = rule.roles().contains("public");
        if (caller.username() == null) {
            return isPublic ? "in" : "401";
        }
        if (!isPublic && !rule.roles().contains(caller.role())) {
            return "403";
        }
        if (caller.role().equals("admin")) {
            return "in";
        }
        boolean own =
                switch (rule.owner()) {
                    case NONE -> true;
                    case VEHICLE ->
                            !caller.role().equals("dealer") && caller.units().contains("vehicle");
                    case IMMIGRATION -> caller.units().contains("immigration");
                    case CIVIL_REGISTRY -> caller.units().contains("civil-registry");
                    case DEALER_NORD ->
                            caller.role().equals("dealer") || caller.units().contains("vehicle");
                };
        return own ? "in" : "403/404";
    }

    private String concrete(String path) {
        String withIds =
                path.startsWith("/api/vehicle/dealers/")
                        ? path.replace("{id}", "autohaus-nord")
                        : path.startsWith("/api/tickets/")
                                ? path.replace("{id}", vehicleTicket)
                                : path.startsWith("/api/offline-devices/")
                                        ? path.replace("{id}", vehicleDevice)
                                        : path;
        return withIds.replace("/api/disruptions/{id}", "/api/disruptions/" + matrixDisruption)
                .replace("{unit}", "vehicle")
                .replace("{location}", location)
                .replace("{code}", "ZZZ-ZZZ")
                .replace("{username}", "nobody")
                .replace("{counter}", "1")
                .replace("{action}", "start")
                .replaceAll("\\{[^}]+}", "999999");
    }

    private static Reply call(
            ApiClient client, String verb, String path, String contentType, String body) {
        boolean json = contentType.contains("json") || contentType.equals("*/*");
        return switch (verb) {
            case "GET" -> client.get(path);
            case "POST" -> json ? client.post(path, body) : client.postText(path, "", contentType);
            case "PUT" -> client.put(path, body);
            default -> client.delete(path);
        };
    }

    private static Rule rule(Set<String> roles, Owner owner) {
        return new Rule(roles, owner, "", "{}");
    }

    private static Rule rule(Set<String> roles, Owner owner, String query) {
        return new Rule(roles, owner, query, "{}");
    }

    private static Set<String> unitsOf(JsonObject progress) {
        return progress.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("unit"))
                .collect(Collectors.toSet());
    }

    private String declaration(String place, String units, String from, String to) {
        return "{\"locations\":[\""
                + place
                + "\"],\"units\":["
                + units
                + "],\"from\":\""
                + day
                + "T"
                + from
                + ":00\",\"to\":\""
                + day
                + "T"
                + to
                + ":00\",\"reason\":\"Stromausfall\"}";
    }

    private void book(String service, String place, String start, String name) {
        Reply booked =
                admin.post(
                        "/api/appointments",
                        "{\"service\":\""
                                + service
                                + "\",\"location\":\""
                                + place
                                + "\",\"start\":\""
                                + start
                                + "\",\"name\":\""
                                + name
                                + "\",\"phone\":\"+49 30 "
                                + (1_000_000 + new java.util.Random().nextInt(8_000_000))
                                + "\",\"email\":\""
                                + name.replace(' ', '.').toLowerCase(Locale.ROOT)
                                + "@example.org\"}");
        assertEquals(201, booked.status(), booked.toString());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }

    private static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }
}
