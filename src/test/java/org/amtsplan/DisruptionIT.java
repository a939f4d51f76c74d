package org.amtsplan;

import static org.amtsplan.BookingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.FixedClock;
import org.amtsplan.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The afternoon the power went out, at a small scale: two units of the registry office at one
 * location, appointments before, inside and after the window and one already cancelled; preview,
 * declare (twice), progress, contacts, reserved replacement sessions, rebooking urgent first, and
 * citizens accepting their replacement or choosing another reserved slot.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisruptionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the city lies in Sachsen-Anhalt: Whit Monday (10 June 2030) is a public holiday
        return Deployments.inState(
                Deployments.atFixedTime(
                        Deployments.modules(
                                "org.amtsplan.disruption", "org.amtsplan.registryoffice")),
                "ST");
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient citizen;
    ApiClient admin;
    String location;
    LocalDate day;
    LocalDate replacementDay;

    @BeforeEach
    void registryOfficeWithAppointments() {
        citizen = ApiClient.at(deploymentUrl);
        admin = citizen.as("admin", "demo");
        location = "d-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Stromausfall "
                                + location
                                + "\",\"address\":\"Dunkelweg 1\"}"),
                201);
        for (String unit : List.of("civil-registry", "citizenship")) {
            ok(
                    admin.put(
                            "/api/units/" + unit + "/locations/" + location + "/opening-hours",
                            "{\"slotMinutes\":15,\"weekly\":["
                                    + Arrays.stream(DayOfWeek.values())
                                            .map(
                                                    d ->
                                                            "{\"day\":\""
                                                                    + d
                                                                    + "\",\"from\":\"08:00\",\"to\":\"15:00\",\"counters\":2}")
                                            .collect(Collectors.joining(","))
                                    + "]}"),
                    200);
        }
        ok(admin.put("/api/units/civil-registry/rules", "{\"maxOpenPerContact\":50}"), 200);
        day = FixedClock.today().plusDays(2);
        replacementDay = day.plusDays(1);
    }

    @Test
    void aDisruptionIsPreviewedDeclaredOnceRebookedUrgentFirstAndAccepted() {
        JsonObject a =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T09:00",
                        "Anna Früh",
                        "anna@example.org",
                        null);
        // a birth to be registered by the disruption day: urgent by the registry's rule
        JsonObject b =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T10:00",
                        "Bert Dringend",
                        null,
                        day.toString());
        JsonObject c =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T13:00",
                        "Carla Später",
                        "carla@example.org",
                        null);
        JsonObject e =
                book(
                        "citizenship",
                        "einbuergerung-beratung",
                        day + "T09:30",
                        "Emre Einbürgerung",
                        "emre@example.org",
                        null);
        JsonObject x =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T11:00",
                        "Xaver Abgesagt",
                        "x@example.org",
                        null);
        assertEquals(
                204,
                citizen.delete(
                                "/api/appointments/"
                                        + x.getString("code")
                                        + "?token="
                                        + x.getString("token"))
                        .status());

        String declaration =
                "{\"locations\":[\""
                        + location
                        + "\"],\"units\":[\"civil-registry\",\"citizenship\"],"
                        + "\"from\":\""
                        + day
                        + "T08:00:00\",\"to\":\""
                        + day
                        + "T12:00:00\",\"reason\":\"Stromausfall im Rathaus\"}";
        JsonObject preview = ok(admin.post("/api/disruptions/preview", declaration), 200).json();
        assertEquals(3, preview.getInt("appointments"));
        assertEquals(1, preview.getInt("withoutEmail"));
        assertEquals("BOOKED", status(a), "a preview changes nothing");

        JsonObject declared = ok(admin.post("/api/disruptions", declaration), 201).json();
        String id = declared.getString("id");
        assertEquals("DECLARED", declared.getString("status"));
        assertEquals(3, declared.getInt("appointments"));
        for (JsonObject hit : List.of(a, b, e)) {
            assertEquals("CANCELLED_BY_OFFICE", status(hit));
        }
        assertEquals("BOOKED", status(c), "after the window: untouched");
        assertEquals("CANCELLED", status(x), "already cancelled by the citizen: untouched");
        JsonObject again = ok(admin.post("/api/disruptions", declaration), 201).json();
        assertEquals(id, again.getString("id"), "declaring twice is harmless");
        assertEquals(3, again.getInt("appointments"));

        JsonObject progress = ok(admin.get("/api/disruptions/" + id), 200).json();
        assertEquals(3, progress.getInt("appointments"));
        assertEquals(0, progress.getInt("accepted"));
        assertEquals(3, progress.getInt("open"));
        java.util.Map<String, Integer> perUnit =
                progress.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                        .collect(
                                Collectors.toMap(
                                        u -> u.getString("unit"), u -> u.getInt("appointments")));
        assertEquals(
                java.util.Map.of("civil-registry", 2, "citizenship", 1),
                perUnit,
                "progress per unit");

        List<JsonObject> contacts =
                ok(admin.get("/api/disruptions/" + id + "/contacts"), 200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(3, contacts.size());
        assertTrue(
                contacts.stream()
                        .anyMatch(
                                k ->
                                        k.getString("name").equals("Bert Dringend")
                                                && !k.containsKey("email")));
        Reply csv = admin.get("/api/disruptions/" + id + "/contacts", "Accept", "text/csv");
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(
                csv.body()
                        .contains(
                                "code;name;phone;email;unit;location;originalStart;replacementStart"));
        assertEquals(4, csv.body().strip().split("\r\n").length, "header and three rows");

        for (String unit : List.of("civil-registry", "citizenship")) {
            ok(
                    admin.post(
                            "/api/units/" + unit + "/locations/" + location + "/sessions",
                            "{\"date\":\""
                                    + replacementDay
                                    + "\",\"from\":\"16:00\",\"to\":\"17:00\",\"counters\":1,\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                    + id
                                    + "\"}"),
                    201);
        }
        assertTrue(
                citizen
                        .get(
                                "/api/availability?service=geburtsurkunde&location="
                                        + location
                                        + "&from="
                                        + replacementDay
                                        + "&to="
                                        + replacementDay)
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(s -> s.getString("start").contains("T16:")),
                "reserved replacement capacity is not public");

        JsonObject rebooked =
                ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200).json();
        assertEquals(3, rebooked.getInt("proposed"));
        assertEquals(0, rebooked.getInt("unplaced"));
        assertEquals(
                replacementDay + "T16:00",
                proposal(b),
                "the urgent case (permit expiring) gets the first slot");
        assertEquals(replacementDay + "T16:15", proposal(a));
        assertEquals(replacementDay + "T16:00", proposal(e));
        assertEquals(
                0,
                ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"),
                "nobody is proposed twice");

        JsonObject accepted =
                ok(
                                citizen.post(
                                        "/api/appointments/"
                                                + a.getString("code")
                                                + "/replacement/accept?token="
                                                + a.getString("token"),
                                        ""),
                                200)
                        .json();
        assertEquals("BOOKED", accepted.getString("status"));
        assertTrue(accepted.getString("start").startsWith(replacementDay + "T16:15"));
        JsonObject old = appointment(a);
        assertEquals("REBOOKED", old.getString("status"));
        assertEquals(
                accepted.getString("code"),
                old.getJsonObject("replacement").getString("acceptedAs"));

        JsonObject chosen =
                ok(
                                citizen.post(
                                        "/api/appointments/"
                                                + b.getString("code")
                                                + "/replacement/accept?token="
                                                + b.getString("token"),
                                        "{\"start\":\"" + replacementDay + "T16:30:00\"}"),
                                200)
                        .json();
        assertTrue(chosen.getString("start").startsWith(replacementDay + "T16:30"));
        assertEquals(
                0,
                seatsTaken(replacementDay + " 16:00:00", "REPLACEMENT:" + id),
                "the seat of the proposal not taken is free again");

        JsonObject after = ok(admin.get("/api/disruptions/" + id), 200).json();
        assertEquals(2, after.getInt("accepted"));
        assertEquals(1, after.getInt("open"));

        // a chosen start that is no date-time is refused naming the field, and nothing is accepted;
        // the token may come as header as well
        Reply notADate =
                citizen.post(
                        "/api/appointments/" + e.getString("code") + "/replacement/accept",
                        "{\"start\":\"morgen früh\"}",
                        "X-Access-Token",
                        e.getString("token"));
        assertProblem(notADate, 422);
        assertEquals(
                "start",
                notADate.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                notADate.toString());
        assertEquals(1, ok(admin.get("/api/disruptions/" + id), 200).json().getInt("open"));

        assertProblem(
                citizen.post(
                        "/api/appointments/"
                                + c.getString("code")
                                + "/replacement/accept?token="
                                + c.getString("token"),
                        ""),
                409);
        assertProblem(
                citizen.post(
                        "/api/appointments/"
                                + e.getString("code")
                                + "/replacement/accept?token=falsch",
                        ""),
                404);
        assertProblem(
                citizen.post(
                        "/api/appointments/"
                                + a.getString("code")
                                + "/replacement/accept?token="
                                + a.getString("token"),
                        ""),
                409);
    }

    @Test
    void aRebookingCanFillChosenSessionsFirstAndTheRestLater() {
        JsonObject a =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T13:00",
                        "Gerd Erster",
                        "gerd@example.org",
                        null);
        JsonObject b =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T13:15",
                        "Hanna Zweite",
                        "hanna@example.org",
                        null);
        String id =
                declare(admin, day + "T13:00:00", day + "T14:00:00", "Heizungsausfall")
                        .getString("id");
        String sessions = "/api/units/civil-registry/locations/" + location + "/sessions";
        ok(
                admin.post(
                        sessions,
                        "{\"date\":\""
                                + replacementDay
                                + "\",\"from\":\"16:00\",\"to\":\"16:15\",\"counters\":1,"
                                + "\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        long evening =
                ok(
                                admin.post(
                                        sessions,
                                        "{\"date\":\""
                                                + replacementDay
                                                + "\",\"from\":\"18:00\",\"to\":\"18:15\",\"counters\":1,"
                                                + "\"kind\":\"AFTER_HOURS\",\"reservedForDisruption\":\""
                                                + id
                                                + "\"}"),
                                201)
                        .json()
                        .getJsonNumber("id")
                        .longValue();
        long foreign =
                ok(
                                admin.post(
                                        sessions,
                                        "{\"date\":\""
                                                + replacementDay
                                                + "\",\"from\":\"19:00\",\"to\":\"19:15\",\"counters\":1,"
                                                + "\"kind\":\"EXTRA\"}"),
                                201)
                        .json()
                        .getJsonNumber("id")
                        .longValue();

        assertProblem(
                admin.post(
                        "/api/disruptions/" + id + "/rebook", "{\"sessions\":[" + foreign + "]}"),
                422);
        assertTrue(
                !appointment(a).containsKey("replacement")
                        || !appointment(a)
                                .getJsonObject("replacement")
                                .containsKey("proposedStart"),
                "a refused rebooking proposes nothing");

        JsonObject first =
                ok(
                                admin.post(
                                        "/api/disruptions/" + id + "/rebook",
                                        "{\"sessions\":[" + evening + "]}"),
                                200)
                        .json();
        assertEquals(1, first.getInt("proposed"));
        assertEquals(1, first.getInt("unplaced"), "one seat in the chosen session");
        assertEquals(
                replacementDay + "T18:00",
                proposal(a),
                "the earlier-affected first, in the chosen session");

        JsonObject rest = ok(admin.post("/api/disruptions/" + id + "/rebook", ""), 200).json();
        assertEquals(1, rest.getInt("proposed"));
        assertEquals(replacementDay + "T16:00", proposal(b));
    }

    @Test
    void walkInsWaitingWhenTheDisruptionComesAreReferredToTheNextOpenDay() {
        ApiClient clerk = citizen.as("standesamt-schalter", "demo");
        String base = "/api/units/civil-registry/locations/" + location;
        String number =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\",\"name\":\"Walter Wartend\"}}"),
                                201)
                        .json()
                        .getString("number");
        LocalDate today = FixedClock.today();
        java.time.LocalDateTime soon = FixedClock.now().plusMinutes(75);
        ok(
                admin.put(
                        "/api/units/civil-registry/locations/" + location + "/opening-hours",
                        "{\"slotMinutes\":15,\"weekly\":["
                                + Arrays.stream(DayOfWeek.values())
                                        .map(
                                                d ->
                                                        "{\"day\":\""
                                                                + d
                                                                + "\",\"from\":\"00:00\",\"to\":\"23:45\",\"counters\":2}")
                                        .collect(Collectors.joining(","))
                                + "]}"),
                200);
        String checkedIn =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"appointmentCode\":\""
                                                + book(
                                                                "civil-registry",
                                                                "geburtsurkunde",
                                                                soon.toString(),
                                                                "Karl Angemeldet",
                                                                null,
                                                                null)
                                                        .getString("code")
                                                + "\"}"),
                                201)
                        .json()
                        .getString("number");
        JsonObject declared =
                declare(admin, today + "T00:00:00", today.plusDays(1) + "T00:00:00", "Brandalarm");
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ? and number = ? and day = ? and status = 'DONE'"
                                + " and outcome = 'CANCELLED_BY_OFFICE'",
                        location,
                        checkedIn,
                        today.toString()),
                "the checked-in person waits no longer");
        JsonObject referral = declared.getJsonArray("referrals").getJsonObject(0);
        assertEquals(number, referral.getString("waitingNumber"));
        assertEquals("Walter Wartend", referral.getString("name"));
        assertEquals(
                today.plusDays(1).toString(),
                referral.getString("date"),
                "the next open day after the window");
        assertTrue(
                ok(clerk.get(base + "/queue"), 200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(t -> t.getString("number").equals(number)),
                "no longer waiting today");
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ? and day = ? and number = ?"
                                + " and kind = 'REFERRAL' and status = 'WAITING' and urgent",
                        location,
                        today.plusDays(1).toString(),
                        referral.getString("number")),
                "the referral waits, with priority, on that day");
    }

    @Test
    void liftingEarlyRestoresWhatWasNotRebooked() {
        JsonObject accepted =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T09:00",
                        "Ida Angenommen",
                        "ida@example.org",
                        null);
        JsonObject waiting =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T09:15",
                        "Jan Wartet",
                        "jan@example.org",
                        null);
        String id =
                declare(admin, day + "T08:00:00", day + "T12:00:00", "Netzwerkausfall")
                        .getString("id");
        ok(
                admin.post(
                        "/api/units/civil-registry/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + replacementDay
                                + "\",\"from\":\"16:00\",\"to\":\"17:00\",\"counters\":1,\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        assertEquals(
                2,
                ok(admin.post("/api/disruptions/" + id + "/rebook", ""), 200)
                        .json()
                        .getInt("proposed"));
        ok(
                citizen.post(
                        "/api/appointments/"
                                + accepted.getString("code")
                                + "/replacement/accept?token="
                                + accepted.getString("token"),
                        ""),
                200);

        assertProblem(
                citizen.as("standesamt-schalter", "demo")
                        .post("/api/disruptions/" + id + "/lift", ""),
                403);
        JsonObject lifted = ok(admin.post("/api/disruptions/" + id + "/lift", ""), 200).json();
        assertEquals("LIFTED", lifted.getString("status"));
        assertEquals(1, lifted.getInt("restored"));
        assertEquals(0, lifted.getInt("leftCancelled"));
        JsonObject back = appointment(waiting);
        assertEquals("BOOKED", back.getString("status"), "takes place after all");
        assertTrue(back.getString("start").startsWith(day + "T09:15"));
        assertEquals("REBOOKED", status(accepted), "the accepted replacement stands");
        String waitingPath =
                "/api/appointments/"
                        + waiting.getString("code")
                        + "?token="
                        + waiting.getString("token");
        assertEquals(
                List.of(
                        "von Mitarbeitenden gebucht",
                        "Störung " + id,
                        "Störung " + id + " aufgehoben"),
                details(citizen.get(waitingPath, "Accept-Language", "de").json()),
                "the history in German only");
        assertEquals(
                List.of("booked by staff", "disruption " + id, "disruption " + id + " lifted"),
                details(citizen.get(waitingPath, "Accept-Language", "en").json()),
                "the history in English only");
        List<String> acceptedHistory =
                details(
                        citizen.get(
                                        "/api/appointments/"
                                                + accepted.getString("code")
                                                + "?token="
                                                + accepted.getString("token"),
                                        "Accept-Language",
                                        "en")
                                .json());
        assertTrue(
                acceptedHistory.get(acceptedHistory.size() - 1).startsWith("replaced by "),
                acceptedHistory.toString());
        assertEquals(
                0,
                seatsTaken(replacementDay + " 16:15:00", "REPLACEMENT:" + id),
                "the released proposal's seat is free again");
        assertEquals(1, seatsTaken(day + " 09:15:00", "PUBLIC"), "the original seat is held again");
        assertEquals(
                0,
                ok(admin.post("/api/disruptions/" + id + "/lift", ""), 200)
                        .json()
                        .getInt("restored"),
                "lifting twice restores nothing more");
    }

    @Test
    void liftingGivesBackTheSeatsOfAnAppointmentItCannotRestore() {
        JsonObject twoSlots =
                book(
                        "civil-registry",
                        "sterbeurkunde",
                        day + "T09:00",
                        "Otto Zweifach",
                        null,
                        null);
        String id =
                declare(admin, day + "T08:00:00", day + "T12:00:00", "Stromausfall")
                        .getString("id");
        // meanwhile both counters of its second slot went to others
        TestDatabase.update(
                "update sch_seat_ledger set taken = 2 where location_id = ? and unit_id = 'civil-registry'"
                        + " and slot_start = ? and pool = 'PUBLIC'",
                location,
                day + " 09:15:00");

        JsonObject lifted = ok(admin.post("/api/disruptions/" + id + "/lift", ""), 200).json();

        assertEquals(0, lifted.getInt("restored"));
        assertEquals(1, lifted.getInt("leftCancelled"));
        assertEquals("CANCELLED_BY_OFFICE", status(twoSlots));
        assertEquals(
                0,
                seatsTaken(day + " 09:00:00", "PUBLIC"),
                "its first slot's seat is not held for an appointment that stays cancelled");
    }

    @Test
    void onlyHeadsOfTheUnitsDeclareAndBadDeclarationsAreRefused() {
        String declaration = declaration(day + "T08:00:00", day + "T12:00:00", "Wasserschaden");
        assertProblem(
                citizen.as("standesamt-schalter", "demo").post("/api/disruptions", declaration),
                403);
        assertProblem(citizen.as("kfz-leitung", "demo").post("/api/disruptions", declaration), 403);
        assertProblem(citizen.post("/api/disruptions/preview", declaration), 401);
        Reply bad =
                admin.post(
                        "/api/disruptions",
                        "{\"locations\":[],\"units\":[\"mars\"],\"from\":\"gestern\",\"to\":\""
                                + day
                                + "T08:00:00\",\"reason\":\"\"}");
        assertProblem(bad, 422);
        assertEquals(
                java.util.Set.of("locations", "units", "from", "reason"),
                bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("field"))
                        .collect(Collectors.toSet()));
        assertProblem(
                admin.post(
                        "/api/disruptions",
                        declaration.replace(day + "T12:00:00", day + "T07:00:00")),
                422);
        assertProblem(admin.get("/api/disruptions/D-NOPE"), 404);
        assertEquals(
                201,
                citizen.as("standesamt-leitung", "demo")
                        .post("/api/disruptions", declaration)
                        .status());
    }

    @Test
    void theListShowsEachHeadTheDisruptionsOfTheirUnitsWithProgressAndStatus() {
        book("civil-registry", "geburtsurkunde", day + "T09:00", "Lisa Liste", null, null);
        ApiClient head = citizen.as("standesamt-leitung", "demo");
        String id =
                declare(head, day + "T08:00:00", day + "T12:00:00", "Heizungsausfall")
                        .getString("id");

        JsonObject listed = listed(head, id).orElseThrow(() -> new AssertionError(id + " listed"));
        assertEquals("DECLARED", listed.getString("status"));
        assertEquals("Heizungsausfall", listed.getString("reason"));
        assertEquals(List.of("civil-registry"), strings(listed, "units"));
        assertEquals(List.of(location), strings(listed, "locations"));
        assertTrue(listed.getString("from").startsWith(day + "T08:00"), listed.toString());
        assertTrue(listed.getBoolean("liftable"));
        assertEquals(1, listed.getInt("appointments"));
        assertEquals(0, listed.getInt("accepted"));
        assertEquals(1, listed.getInt("open"), "not yet rebooked");

        assertTrue(
                listed(citizen.as("kfz-leitung", "demo"), id).isEmpty(),
                "another department's head does not see it");
        assertProblem(citizen.as("standesamt-schalter", "demo").get("/api/disruptions"), 403);
        assertProblem(citizen.get("/api/disruptions"), 401);

        ok(head.post("/api/disruptions/" + id + "/lift", ""), 200);
        JsonObject lifted = listed(head, id).orElseThrow();
        assertEquals("LIFTED", lifted.getString("status"));
    }

    private static java.util.Optional<JsonObject> listed(ApiClient caller, String id) {
        return ok(caller.get("/api/disruptions"), 200)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> d.getString("id").equals(id))
                .findFirst();
    }

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void citizensChooseAnotherReservedTimeOrDeclineAndTheSeatGoesBackToTheReserve() {
        JsonObject a =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T09:00",
                        "Anna Wahl",
                        "anna@example.org",
                        null);
        JsonObject b =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T09:30",
                        "Bruno Nein",
                        "bruno@example.org",
                        null);
        String id =
                declare(admin, day + "T08:00:00", day + "T12:00:00", "Wasserschaden")
                        .getString("id");
        ok(
                admin.post(
                        "/api/units/civil-registry/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + replacementDay
                                + "\",\"from\":\"16:00\",\"to\":\"16:45\",\"counters\":1,\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        assertEquals(
                2,
                ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"));
        assertEquals(replacementDay + "T16:00", proposal(a));
        assertEquals(replacementDay + "T16:15", proposal(b));

        // Anna sees her proposal and the one other free reserved time (16:15 is Bruno's)
        assertEquals(
                List.of(replacementDay + "T16:00 proposed", replacementDay + "T16:30"), options(a));
        assertProblem(
                citizen.get(
                        "/api/appointments/"
                                + a.getString("code")
                                + "/replacement/options?token=not-the-token"),
                404);

        // Bruno declines: his seat returns to the reserve, he stays cancelled by the office
        JsonObject declined =
                ok(
                                citizen.post(
                                        "/api/appointments/"
                                                + b.getString("code")
                                                + "/replacement/decline?token="
                                                + b.getString("token"),
                                        ""),
                                200)
                        .json();
        assertEquals("CANCELLED_BY_OFFICE", declined.getString("status"));
        assertTrue(declined.getJsonObject("replacement").getBoolean("declined"));
        assertTrue(
                details(declined).contains("Ersatztermin abgelehnt"), details(declined).toString());
        assertEquals(
                0,
                seatsTaken(replacementDay + " 16:15:00", "REPLACEMENT:" + id),
                "the declined proposal's seat is free again");
        assertEquals(
                List.of(
                        replacementDay + "T16:00 proposed",
                        replacementDay + "T16:15",
                        replacementDay + "T16:30"),
                options(a));
        JsonObject progress = ok(admin.get("/api/disruptions/" + id), 200).json();
        assertEquals(1, progress.getInt("declined"));
        assertEquals(0, progress.getInt("accepted"));
        assertEquals(1, progress.getInt("open"), "a declined appointment is no longer open");
        assertEquals(
                1,
                progress.getJsonArray("units").getJsonObject(0).getInt("declined"),
                "per unit as well");
        // declining twice answers the same; accepting after declining is refused in words
        assertEquals(
                200,
                citizen.post(
                                "/api/appointments/" + b.getString("code") + "/replacement/decline",
                                "",
                                "X-Access-Token",
                                b.getString("token"))
                        .status());
        Reply late =
                citizen.post(
                        "/api/appointments/"
                                + b.getString("code")
                                + "/replacement/accept?token="
                                + b.getString("token"),
                        "",
                        "Accept-Language",
                        "en");
        assertProblem(late, 409);
        assertTrue(late.body().contains("declined the replacement"), late.body());
        assertEquals(
                0,
                ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"),
                "who declined gets no new proposal");

        // Anna takes another free time; her old appointment links to the new one
        JsonObject chosen =
                ok(
                                citizen.post(
                                        "/api/appointments/"
                                                + a.getString("code")
                                                + "/replacement/accept?token="
                                                + a.getString("token"),
                                        "{\"start\":\"" + replacementDay + "T16:30:00\"}"),
                                200)
                        .json();
        JsonObject old = appointment(a);
        assertEquals("REBOOKED", old.getString("status"));
        JsonObject link = old.getJsonObject("replacement");
        assertEquals(chosen.getString("code"), link.getString("acceptedAs"));
        JsonObject successor =
                ok(
                                citizen.get(
                                        "/api/appointments/"
                                                + link.getString("acceptedAs")
                                                + "?token="
                                                + link.getString("acceptedAsToken")),
                                200)
                        .json();
        assertTrue(successor.getString("start").startsWith(replacementDay + "T16:30"));
        assertEquals("BOOKED", successor.getString("status"));
        progress = ok(admin.get("/api/disruptions/" + id), 200).json();
        assertEquals(1, progress.getInt("accepted"));
        assertEquals(1, progress.getInt("declined"));
        assertEquals(0, progress.getInt("open"));
        assertProblem(
                citizen.get(
                        "/api/appointments/"
                                + a.getString("code")
                                + "/replacement/options?token="
                                + a.getString("token")),
                409);
        assertProblem(
                citizen.post(
                        "/api/appointments/"
                                + a.getString("code")
                                + "/replacement/decline?token="
                                + a.getString("token"),
                        ""),
                409);

        // lifting the disruption does not bring back the declined appointment
        ok(admin.post("/api/disruptions/" + id + "/lift", ""), 200);
        assertEquals("CANCELLED_BY_OFFICE", status(b));
    }

    @Test
    void publicHolidaysOfTheCitysStateAreClosedUnlessAHeadAddsASession() {
        LocalDate whitMonday = LocalDate.of(2030, 6, 10);
        List<JsonObject> june =
                ok(citizen.get("/api/holidays?from=2030-06-01&to=2030-06-30"), 200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(1, june.size(), june.toString());
        assertEquals(whitMonday.toString(), june.get(0).getString("date"));
        assertEquals("Pfingstmontag", june.get(0).getString("name"));
        assertEquals(
                "Whit Monday",
                citizen.get("/api/holidays?from=2030-06-01&to=2030-06-30", "Accept-Language", "en")
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("name"));
        assertProblem(citizen.get("/api/holidays?from=2030-06-30&to=2030-06-01"), 422);

        assertEquals(0, freeOn(whitMonday).size(), "no regular hours on a holiday");
        assertTrue(freeOn(whitMonday.plusDays(1)).size() > 0, "open the day after");
        String onTheHoliday =
                "{\"service\":\"geburtsurkunde\",\"location\":\""
                        + location
                        + "\",\"start\":\""
                        + whitMonday
                        + "T09:00:00\",\"name\":\"Fritz Feiertag\",\"phone\":\"+49 30 1\"}";
        Reply refused = admin.post("/api/appointments", onTheHoliday);
        assertProblem(refused, 422);
        assertEquals(
                "start", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(refused.body().contains("Pfingstmontag"), refused.body());
        Reply inEnglish = admin.post("/api/appointments", onTheHoliday, "Accept-Language", "en");
        assertTrue(inEnglish.body().contains("Whit Monday"), inEnglish.body());

        // the head opens on the holiday after all: the session takes place
        ok(
                admin.post(
                        "/api/units/civil-registry/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + whitMonday
                                + "\",\"from\":\"09:00\",\"to\":\"10:00\",\"counters\":2,\"kind\":\"EXTRA\"}"),
                201);
        List<JsonObject> opened = freeOn(whitMonday);
        assertTrue(
                opened.stream()
                        .anyMatch(f -> f.getString("start").startsWith(whitMonday + "T09:00")),
                opened.toString());
        assertTrue(
                opened.stream()
                        .allMatch(f -> f.getString("start").compareTo(whitMonday + "T10") < 0),
                "only the session: " + opened);
        ok(admin.post("/api/appointments", onTheHoliday), 201);
    }

    private List<JsonObject> freeOn(LocalDate date) {
        return ok(
                        citizen.get(
                                "/api/availability?service=geburtsurkunde&location="
                                        + location
                                        + "&from="
                                        + date
                                        + "&to="
                                        + date),
                        200)
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    /** The replacement options as "start" or "start proposed", to the minute. */
    private List<String> options(JsonObject appointment) {
        return ok(
                        citizen.get(
                                "/api/appointments/"
                                        + appointment.getString("code")
                                        + "/replacement/options?token="
                                        + appointment.getString("token")),
                        200)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(
                        o ->
                                o.getString("start").substring(0, 16)
                                        + (o.getBoolean("proposed") ? " proposed" : ""))
                .toList();
    }

    @Test
    void peopleToCallBackAreListedAndInsideADisruptionGetAReplacementLikeTheAppointments() {
        ApiClient clerk = citizen.as("standesamt-schalter", "demo");
        ApiClient head = citizen.as("standesamt-leitung", "demo");
        String list = "/api/units/civil-registry/locations/" + location + "/callbacks";

        // bad input names every field, in German and in English, and stores nothing
        String bad =
                "{\"unit\":\"civil-registry\",\"location\":\""
                        + location
                        + "\",\"at\":\""
                        + instant(day + "T09:15")
                        + "\",\"name\":\" \",\"service\":\"einbuergerung-beratung\",\"email\":\"kein-at\",\"language\":\"fr\"}";
        Reply german = clerk.post("/api/test-only/callbacks", bad, "Accept-Language", "de");
        assertProblem(german, 422);
        assertEquals(java.util.Set.of("name", "service", "email", "language"), fields(german));
        assertTrue(german.body().contains("keine Leistung dieses Bereichs"), german.body());
        Reply english =
                clerk.post(
                        "/api/test-only/callbacks",
                        bad.replace(",\"email\":\"kein-at\"", ""),
                        "Accept-Language",
                        "en");
        assertProblem(english, 422);
        assertEquals(
                java.util.Set.of("name", "service", "phone", "email", "language"), fields(english));
        assertTrue(
                english.body().contains("a phone number or an e-mail address is needed"),
                english.body());
        assertEquals(
                0,
                TestDatabase.number(
                        "select count(*) from dis_callback where location_id = ?", location),
                "bad input stores nothing");

        // recorded before the disruption is declared: one inside its window, one after it
        long clara = callback(clerk, day + "T09:30", "Clara Rückruf", "+49 345 111", null);
        long otto = callback(clerk, day + "T13:00", "=Otto Nachmittag", "+49 345 222", null);
        JsonObject anna =
                book(
                        "civil-registry",
                        "geburtsurkunde",
                        day + "T09:00",
                        "Anna Früh",
                        "anna@example.org",
                        null);
        JsonObject declared = declare(admin, day + "T08:00:00", day + "T12:00:00", "Stromausfall");
        String id = declared.getString("id");
        assertEquals(1, declared.getInt("appointments"));
        assertEquals(1, declared.getInt("callbacks"), "declaring picks up Clara, not Otto");
        // recorded after declaring: joins the disruption covering it
        long ben = callback(clerk, day + "T10:00", "Ben Später", "+49 345 333", null);

        JsonObject progress = ok(head.get("/api/disruptions/" + id), 200).json();
        assertEquals(3, progress.getInt("appointments"), "Anna, Clara and Ben");
        assertEquals(2, progress.getInt("callbacks"));
        assertEquals(3, progress.getInt("open"));

        ok(
                admin.post(
                        "/api/units/civil-registry/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + replacementDay
                                + "\",\"from\":\"16:00\",\"to\":\"17:00\",\"counters\":1,\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        assertEquals(
                3,
                ok(head.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"));
        assertEquals(replacementDay + "T16:00", proposal(anna), "earliest affected first");
        assertEquals(3, ok(head.get("/api/disruptions/" + id), 200).json().getInt("proposed"));

        // without e-mail: on the phone and letter list, with their replacement in reserved capacity
        List<String> rows =
                List.of(
                        head.get("/api/disruptions/" + id + "/contacts", "Accept", "text/csv")
                                .body()
                                .strip()
                                .split("\r\n"));
        assertTrue(rows.get(0).endsWith(";replacementStart;kind"), rows.get(0));
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.contains("Clara Rückruf;'+49 345 111")
                                                && r.contains(replacementDay + "T16:15")
                                                && r.endsWith(";CALLBACK")),
                rows.toString());
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.contains("Ben Später")
                                                && r.contains(replacementDay + "T16:30")
                                                && r.endsWith(";CALLBACK")),
                rows.toString());

        // the head's list: where each stands
        List<JsonObject> callbacks =
                ok(head.get(list + "?from=" + day + "&to=" + day), 200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("Clara Rückruf PROPOSED", "Ben Später PROPOSED", "=Otto Nachmittag OPEN"),
                callbacks.stream()
                        .map(c -> c.getString("name") + " " + c.getString("status"))
                        .toList());
        JsonObject claraSeen = callbacks.get(0);
        assertEquals(clara, claraSeen.getJsonNumber("id").longValue());
        assertEquals(id, claraSeen.getString("disruption"));
        assertTrue(claraSeen.getString("serviceName").startsWith("Geburtsurkunde"));
        assertEquals("standesamt-schalter", claraSeen.getString("recordedBy"));
        assertTrue(
                claraSeen
                        .getJsonObject("replacement")
                        .getString("start")
                        .startsWith(replacementDay + "T16:15"),
                claraSeen.toString());
        assertTrue(!callbacks.get(2).containsKey("disruption"), "Otto was outside the window");

        // Clara's page: no booking of hers, but her visit at the counter that went unserved
        JsonObject claraPage = standIn(clara);
        assertEquals("CANCELLED_BY_OFFICE", claraPage.getString("status"));
        assertTrue(claraPage.getBoolean("unserved"), claraPage.toString());
        assertTrue(claraPage.getString("start").startsWith(day + "T09:30"), claraPage.toString());
        assertTrue(!appointment(anna).getBoolean("unserved"), "Anna had booked");

        // the day's statistics: Anna's appointment was cancelled by the office; Clara and Ben had
        // none, so nothing of theirs is booked or cancelled
        JsonObject totals =
                ok(
                                head.get(
                                        "/api/statistics?unit=civil-registry&location="
                                                + location
                                                + "&from="
                                                + day
                                                + "&to="
                                                + day),
                                200)
                        .json()
                        .getJsonObject("totals");
        assertEquals(1, totals.getInt("cancelledByOffice"), totals.toString());
        assertEquals(1, totals.getInt("booked"), totals.toString());
        Reply csv = head.get(list + "?from=" + day + "&to=" + day, "Accept", "text/csv");
        assertTrue(csv.contentType().startsWith("text/csv"));
        String[] csvRows = csv.body().strip().split("\r\n");
        assertEquals(4, csvRows.length, "header and three rows");
        assertTrue(csvRows[0].contains("id;name;phone;email;service"), csvRows[0]);
        assertTrue(csv.body().contains(";'=Otto Nachmittag;"), "no formula: " + csv.body());
        assertTrue(
                ok(admin.get("/api/audit?user=standesamt-leitung&subject=" + location), 200)
                        .body()
                        .contains(list),
                "reading people's contact data is audited");
        assertProblem(head.get(list + "?from=" + day + "&to=kein-datum"), 422);
        assertEquals(
                0,
                ok(head.get(list), 200).jsonArray().size(),
                "by default the last week, which holds none of these");

        // another department's clerk sees and marks nothing
        ApiClient otherClerk = citizen.as("abh-schalter", "demo");
        assertProblem(otherClerk.get(list), 403);
        assertProblem(otherClerk.post("/api/callbacks/" + ben + "/done", ""), 403);
        assertProblem(clerk.post("/api/callbacks/999999999/done", ""), 404);

        // Ben was reached by phone: done, the office withdraws his proposal (he declined nothing)
        // and its seat goes back to the reserve
        JsonObject done = ok(clerk.post("/api/callbacks/" + ben + "/done", ""), 200).json();
        assertEquals("DONE", done.getString("status"));
        JsonObject afterBen = ok(head.get("/api/disruptions/" + id), 200).json();
        assertEquals(0, afterBen.getInt("declined"), "Ben declined nothing: " + afterBen);
        assertEquals(1, afterBen.getInt("withdrawn"), afterBen.toString());
        assertEquals(2, afterBen.getInt("open"), "Anna and Clara still open: " + afterBen);
        JsonObject benPage = standIn(ben);
        assertTrue(
                benPage.getJsonObject("replacement").getBoolean("withdrawn"), benPage.toString());
        assertTrue(!benPage.getJsonObject("replacement").getBoolean("declined"));
        assertTrue(!benPage.getJsonObject("replacement").containsKey("proposedStart"));
        JsonObject withdrawal =
                benPage.getJsonArray("history")
                        .getJsonObject(benPage.getJsonArray("history").size() - 1);
        assertEquals("standesamt-schalter", withdrawal.getString("by"), withdrawal.toString());
        assertTrue(
                withdrawal.getString("detail").contains("zurückgenommen"), withdrawal.toString());
        assertProblem(
                citizen.post(
                        "/api/appointments/"
                                + benPage.getString("code")
                                + "/replacement/accept?token="
                                + benPage.getString("token"),
                        ""),
                409);
        assertEquals(
                0,
                ok(head.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"),
                "no new proposal for Ben");
        assertEquals(
                0,
                TestDatabase.number(
                        "select coalesce(sum(taken), 0) from sch_seat_ledger where location_id = ? and unit_id = 'civil-registry' and slot_start = ? and pool = ?",
                        location,
                        replacementDay + " 16:30:00",
                        "REPLACEMENT:" + id));
        assertEquals(otto, callbacks.get(2).getJsonNumber("id").longValue());
    }

    @Test
    void aCallbackRecordedAtTheMomentOfDeclaringIsPickedUpByTheNextRebooking() {
        ApiClient clerk = citizen.as("standesamt-schalter", "demo");
        ApiClient head = citizen.as("standesamt-leitung", "demo");
        long clara = callback(clerk, day + "T09:30", "Clara Vorher", "+49 345 111", null);
        String id =
                declare(admin, day + "T08:00:00", day + "T12:00:00", "Stromausfall")
                        .getString("id");
        // Mia was recorded at the very moment of declaring: her recording did not see the
        // declaration, the declaration did not see her, and her row was committed unattached
        TestDatabase.update(
                "insert into dis_callback (unit_id, location_id, device, recorded_by, recorded_at, received_at,"
                        + " name, service_code, phone, language) select unit_id, location_id, device, recorded_by,"
                        + " recorded_at, received_at, 'Mia Gleichzeitig', service_code, '+49 345 444', language"
                        + " from dis_callback where id = ?",
                clara);
        assertEquals(1, ok(head.get("/api/disruptions/" + id), 200).json().getInt("callbacks"));

        ok(
                admin.post(
                        "/api/units/civil-registry/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + replacementDay
                                + "\",\"from\":\"16:00\",\"to\":\"17:00\",\"counters\":1,\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        assertEquals(
                2,
                ok(head.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"),
                "the rebooking picks Mia up and proposes to her too");
        JsonObject progress = ok(head.get("/api/disruptions/" + id), 200).json();
        assertEquals(2, progress.getInt("callbacks"), progress.toString());
        assertEquals(2, progress.getInt("proposed"), progress.toString());
        List<JsonObject> listed =
                ok(
                                head.get(
                                        "/api/units/civil-registry/locations/"
                                                + location
                                                + "/callbacks?from="
                                                + day
                                                + "&to="
                                                + day),
                                200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("Clara Vorher PROPOSED " + id, "Mia Gleichzeitig PROPOSED " + id),
                listed.stream()
                        .map(
                                c ->
                                        c.getString("name")
                                                + " "
                                                + c.getString("status")
                                                + " "
                                                + c.getString("disruption"))
                        .toList());
        assertTrue(
                head.get("/api/disruptions/" + id + "/contacts", "Accept", "text/csv")
                        .body()
                        .contains("Mia Gleichzeitig"),
                "on the phone list");
        assertEquals(
                0,
                ok(head.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"));
        assertEquals(
                2,
                TestDatabase.number(
                        "select count(*) from sch_appointment where disruption_id = ? and unserved",
                        id),
                "each attached once");
    }

    /** The stand-in appointment of a callback, as its person sees it with code and token. */
    private JsonObject standIn(long callback) {
        String code =
                TestDatabase.text(
                        "select appointment_code from dis_callback where id = ?", callback);
        String token = TestDatabase.text("select token from sch_appointment where code = ?", code);
        return ok(citizen.get("/api/appointments/" + code + "?token=" + token), 200).json();
    }

    private long callback(ApiClient as, String at, String name, String phone, String email) {
        Reply recorded =
                as.post(
                        "/api/test-only/callbacks",
                        "{\"unit\":\"civil-registry\",\"location\":\""
                                + location
                                + "\",\"at\":\""
                                + instant(at)
                                + "\",\"name\":\""
                                + name
                                + "\",\"service\":\"geburtsurkunde\""
                                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"")
                                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                                + "}");
        assertEquals(201, recorded.status(), recorded.toString());
        return recorded.json().getJsonNumber("id").longValue();
    }

    private static String instant(String cityTime) {
        return java.time.LocalDateTime.parse(cityTime)
                .atZone(java.time.ZoneId.of("Europe/Berlin"))
                .toInstant()
                .toString();
    }

    private static java.util.Set<String> fields(Reply problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    private String proposal(JsonObject appointment) {
        return appointment(appointment)
                .getJsonObject("replacement")
                .getString("proposedStart")
                .substring(0, 16);
    }

    private JsonObject appointment(JsonObject a) {
        return citizen.get(
                        "/api/appointments/"
                                + a.getString("code")
                                + "?token="
                                + a.getString("token"))
                .json();
    }

    /** The details of an appointment's history, entries without one left out. */
    private static List<String> details(JsonObject appointment) {
        return appointment.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.containsKey("detail"))
                .map(h -> h.getString("detail"))
                .toList();
    }

    private String status(JsonObject a) {
        return appointment(a).getString("status");
    }

    private JsonObject book(
            String unit, String service, String start, String name, String email, String deadline) {
        Reply booked =
                admin.post(
                        "/api/appointments",
                        "{\"service\":\""
                                + service
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + start
                                + ":00\",\"name\":\""
                                + name
                                + "\",\"phone\":\"+49 30 999\""
                                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                                + (deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"")
                                + "}");
        assertEquals(201, booked.status(), booked.toString());
        return booked.json();
    }

    /** A disruption of the civil registry at this test's location; from and to as date-times. */
    private String declaration(String from, String to, String reason) {
        return "{\"locations\":[\""
                + location
                + "\"],\"units\":[\"civil-registry\"],\"from\":\""
                + from
                + "\",\"to\":\""
                + to
                + "\",\"reason\":\""
                + reason
                + "\"}";
    }

    /** Declared by {@code who}: the answer to the declaration (201). */
    private JsonObject declare(ApiClient who, String from, String to, String reason) {
        return ok(who.post("/api/disruptions", declaration(from, to, reason)), 201).json();
    }

    /** Seats taken in one slot of the civil registry at this test's location, in one pool. */
    private long seatsTaken(String slotStart, String pool) {
        return TestDatabase.number(
                "select taken from sch_seat_ledger where location_id = ? and unit_id = 'civil-registry' and slot_start = ?"
                        + " and pool = ?",
                location,
                slotStart,
                pool);
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }
}
