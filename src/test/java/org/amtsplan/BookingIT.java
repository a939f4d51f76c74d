package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
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
 * The scheduling kernel over HTTP: calendars and rules as a head configures them, availability and
 * the appointment lifecycle as citizens and staff use them, and the capacity ledger under
 * concurrent load. Every test sets up its own location, so tests do not see each other's seats.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingIT {

    static final String UNIT = TestUnit.UNIT;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestUnit();
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient citizen;
    ApiClient admin;
    String location;
    String service15;
    String service30;
    LocalDate day;

    @BeforeEach
    void newLocationWithMorningHours() {
        citizen = ApiClient.at(deploymentUrl);
        admin = citizen.as("admin", "demo");
        location = "t-" + shortId();
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Test "
                                + location
                                + "\",\"address\":\"Testweg 1\"}"),
                201);
        ok(
                admin.put(
                        "/api/units/" + UNIT + "/locations/" + location + "/opening-hours",
                        weekMornings(3)),
                200);
        service15 = defineService(UNIT, 15, true);
        service30 = defineService(UNIT, 30, true);
        rules(
                UNIT,
                "{\"minLeadMinutes\":60,\"bookingHorizonDays\":60,\"maxOpenPerContact\":50,\"releaseHoldBackMinutes\":0}");
        day = LocalDate.now(BERLIN).plusDays(3);
    }

    // --- configuration

    @Test
    void openingHoursRefuseInvertedOverlappingAndOffGridRangesAndStoreNothing() {
        String path = "/api/units/" + UNIT + "/locations/" + location + "/opening-hours";
        Reply invalid =
                admin.put(
                        path,
                        "{\"slotMinutes\":15,\"weekly\":["
                                + "{\"day\":\"MONDAY\",\"from\":\"12:00\",\"to\":\"08:00\",\"counters\":2},"
                                + "{\"day\":\"TUESDAY\",\"from\":\"08:00\",\"to\":\"12:00\",\"counters\":2},"
                                + "{\"day\":\"TUESDAY\",\"from\":\"11:00\",\"to\":\"13:00\",\"counters\":2},"
                                + "{\"day\":\"WEDNESDAY\",\"from\":\"08:10\",\"to\":\"12:00\",\"counters\":2},"
                                + "{\"day\":\"FUNDAY\",\"from\":\"08:00\",\"to\":\"09:00\",\"counters\":0}]}");
        assertProblem(invalid, 422);
        assertEquals(
                Set.of(
                        "weekly[0].to",
                        "weekly[2]",
                        "weekly[3].from",
                        "weekly[4].day",
                        "weekly[4].counters"),
                fields(invalid));
        JsonObject stored = admin.get(path).json();
        assertEquals(7, stored.getJsonArray("weekly").size(), "the earlier pattern is unchanged");

        assertProblem(admin.put(path, "{\"slotMinutes\":7,\"weekly\":[]}"), 422);
        assertProblem(
                admin.put(
                        "/api/units/no-unit/locations/" + location + "/opening-hours",
                        weekMornings(1)),
                404);
        assertProblem(
                admin.put(
                        "/api/units/" + UNIT + "/locations/no-location/opening-hours",
                        weekMornings(1)),
                404);
        assertProblem(citizen.put(path, weekMornings(1)), 401);
    }

    @Test
    void aServiceWhoseDurationDoesNotFitTheSlotGridIsRefused() {
        Reply refused =
                admin.post(
                        "/api/units/" + UNIT + "/services",
                        "{\"code\":\"t-"
                                + shortId()
                                + "\",\"name\":\"Krumm\",\"durationMinutes\":25,\"onlineBookable\":true}");
        assertProblem(refused, 422);
        assertEquals(Set.of("durationMinutes"), fields(refused));
    }

    @Test
    void closuresRemoveTheDayAndCannotBeEnteredTwiceOrForThePast() {
        assertFalse(availability(service15, day).isEmpty());
        String path = "/api/units/" + UNIT + "/locations/" + location + "/closures";
        ok(admin.post(path, "{\"date\":\"" + day + "\",\"reason\":\"Betriebsausflug\"}"), 201);
        assertTrue(availability(service15, day).isEmpty(), "a closed day offers nothing");
        assertProblem(
                admin.post(path, "{\"date\":\"" + day + "\",\"reason\":\"noch einmal\"}"), 409);
        assertProblem(
                admin.post(path, "{\"date\":\"" + day.minusDays(10) + "\",\"reason\":\"zu spät\"}"),
                422);
        assertProblem(admin.post(path, "{\"date\":\"27.01.2027\",\"reason\":\"\"}"), 422);
        JsonArray listed =
                admin.get(path + "?from=" + day.minusDays(1) + "&to=" + day.plusDays(1))
                        .jsonArray();
        assertEquals(1, listed.size(), listed.toString());
        assertEquals("Betriebsausflug", listed.getJsonObject(0).getString("reason"));
        assertEquals(day.toString(), listed.getJsonObject(0).getString("date"));
        assertProblem(admin.get(path + "?from=morgen&to=" + day), 422);
    }

    @Test
    void sessionsAddCapacityAndAReservedReplacementSessionStaysInvisible() {
        String path = "/api/units/" + UNIT + "/locations/" + location + "/sessions";
        assertEquals(3, freeAt(service15, day, "08:00"));

        Reply extra = admin.post(path, session(day, "08:00", "09:00", 2, "EXTRA", null));
        assertEquals(201, extra.status(), extra.toString());
        assertTrue(extra.json().containsKey("id"));
        assertEquals(5, freeAt(service15, day, "08:00"), "extra counters add to the regular ones");

        ok(
                admin.post(
                        path, session(day, "09:00", "10:00", 4, "REPLACEMENT", "d-" + shortId())),
                201);
        assertEquals(
                3, freeAt(service15, day, "09:00"), "reserved replacement capacity is not public");

        ok(admin.post(path, session(day, "16:00", "18:00", 1, "AFTER_HOURS", null)), 201);
        assertEquals(1, freeAt(service15, day, "17:00"), "after-hours sessions are bookable");

        assertProblem(
                admin.post(path, session(day, "11:00", "13:00", 1, "AFTER_HOURS", null)), 422);
        assertProblem(admin.post(path, session(day, "08:30", "09:30", 1, "EXTRA", null)), 422);
        assertProblem(
                admin.post(path, session(day, "12:00", "13:00", 1, "EXTRA", "d-" + "x".repeat(40))),
                422);
        assertProblem(admin.post(path, session(day, "13:00", "12:00", 1, "EXTRA", null)), 422);
        assertProblem(admin.post(path, session(day, "13:00", "14:00", 1, "REGULAR", null)), 422);
    }

    @Test
    void publicCapacityReleasedInStagesOffersOnlyTheFirstShareAtOnce() {
        String path = "/api/units/" + UNIT + "/locations/" + location + "/sessions";
        Reply staged =
                admin.post(
                        path,
                        "{\"date\":\""
                                + day
                                + "\",\"from\":\"16:00\",\"to\":\"17:00\",\"counters\":4,"
                                + "\"kind\":\"AFTER_HOURS\",\"releaseStages\":2,\"releaseEveryMinutes\":60}");
        assertEquals(201, staged.status(), staged.toString());
        assertEquals(
                2,
                staged.json().getInt("releasedCounters"),
                "the first of two stages: half of four counters");
        assertEquals(4, staged.json().getInt("counters"));
        assertTrue(staged.json().containsKey("fullyReleasedAt"));
        assertEquals(2, freeAt(service15, day, "16:00"), "the public sees only what is released");

        String start = day + "T16:00:00";
        assertEquals(201, book(service15, start, "staged1@example.org").status());
        assertEquals(201, book(service15, start, "staged2@example.org").status());
        assertProblem(book(service15, start, "staged3@example.org"), 409);
        assertEquals(0, freeAt(service15, day, "16:00"));

        JsonObject listed =
                admin
                        .get(path + "?from=" + day + "&to=" + day)
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(
                                s ->
                                        s.getJsonNumber("id").longValue()
                                                == staged.json().getJsonNumber("id").longValue())
                        .findFirst()
                        .orElseThrow();
        assertEquals(2, listed.getInt("releaseStages"));
        assertEquals(2, listed.getInt("releasedCounters"));

        Reply reserved =
                admin.post(
                        path,
                        "{\"date\":\""
                                + day
                                + "\",\"from\":\"17:00\",\"to\":\"18:00\",\"counters\":4,"
                                + "\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\"d-x\",\"releaseStages\":2,\"releaseEveryMinutes\":60}");
        assertProblem(reserved, 422);
        assertEquals(
                Set.of("releaseStages"),
                fields(reserved),
                "reserved capacity goes whole to the affected");
        Reply tooMany =
                admin.post(
                        path,
                        "{\"date\":\""
                                + day
                                + "\",\"from\":\"17:00\",\"to\":\"18:00\",\"counters\":2,"
                                + "\"kind\":\"AFTER_HOURS\",\"releaseStages\":3,\"releaseEveryMinutes\":1}");
        assertProblem(tooMany, 422);
        assertEquals(Set.of("releaseStages", "releaseEveryMinutes"), fields(tooMany));
        assertEquals(0, freeAt(service15, day, "17:00"), "refused sessions add nothing");
    }

    @Test
    void rulesKeepUnknownKeysAndImpossibleValuesOut() {
        JsonObject rules = admin.get("/api/units/" + UNIT + "/rules").json();
        assertTrue(rules.containsKey("urgentWithinDays"), "the department's own key");
        assertTrue(rules.containsKey("bookingHorizonDays"), "the kernel's key");
        assertFalse(
                admin.get("/api/units/" + TestUnit.BY_APPOINTMENT + "/rules")
                        .json()
                        .getBoolean("walkIns"));

        Reply bad =
                admin.put(
                        "/api/units/" + UNIT + "/rules",
                        "{\"urgentWithinDays\":61,\"bookingHorizonDays\":0,\"colour\":\"blue\"}");
        assertProblem(bad, 422);
        assertEquals(Set.of("urgentWithinDays", "bookingHorizonDays", "colour"), fields(bad));
        assertEquals(rules, admin.get("/api/units/" + UNIT + "/rules").json(), "nothing stored");

        assertProblem(
                admin.put(
                        "/api/units/" + TestUnit.BY_APPOINTMENT + "/rules", "{\"walkIns\":\"ja\"}"),
                422);
        assertProblem(
                admin.put(
                        "/api/units/" + TestUnit.BY_APPOINTMENT + "/rules",
                        "{\"maxOpenPerContact\":\"viele\"}"),
                422);
        assertProblem(admin.get("/api/units/nowhere/rules"), 404);

        Reply changed = admin.put("/api/units/" + UNIT + "/rules", "{\"urgentWithinDays\":25}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(
                25, admin.get("/api/units/" + UNIT + "/rules").json().getInt("urgentWithinDays"));
    }

    // --- availability

    @Test
    void availabilityNeedsConsecutiveFreeSlotsForLongerServices() {
        List<String> starts15 = starts(availability(service15, day));
        List<String> starts30 = starts(availability(service30, day));
        assertTrue(starts15.contains(day + "T11:45"), starts15.toString());
        assertFalse(
                starts30.contains(day + "T11:45"),
                "a 30-minute service does not fit into the last 15 minutes");
        assertTrue(starts30.contains(day + "T11:30"));

        // fill 10:15 completely; a 30-minute service can then not start at 10:00 or 10:15
        for (int i = 0; i < 3; i++) {
            ok(book(service15, day + "T10:15:00", "fill" + i + "@example.org"), 201);
        }
        List<String> after = starts(availability(service30, day));
        assertFalse(after.contains(day + "T10:00"), after.toString());
        assertFalse(after.contains(day + "T10:15"));
        assertTrue(after.contains(day + "T09:45"));
        assertTrue(after.contains(day + "T10:30"));
    }

    @Test
    void availabilityHonoursLeadTimeAndHorizonAndRefusesBadQueries() {
        rules(UNIT, "{\"bookingHorizonDays\":2}");
        assertTrue(
                availability(service15, day).isEmpty(),
                "three days ahead is beyond a two-day horizon");
        rules(UNIT, "{\"bookingHorizonDays\":60,\"minLeadMinutes\":4320}");
        assertTrue(
                availability(service15, day.minusDays(1)).isEmpty(),
                "within three days' lead time");
        rules(UNIT, "{\"minLeadMinutes\":60}");

        assertProblem(
                citizen.get(
                        "/api/availability?service="
                                + service15
                                + "&location="
                                + location
                                + "&from="
                                + day
                                + "&to="
                                + day.minusDays(1)),
                422);
        assertProblem(
                citizen.get(
                        "/api/availability?service=nope&location="
                                + location
                                + "&from="
                                + day
                                + "&to="
                                + day),
                422);
        assertProblem(
                citizen.get(
                        "/api/availability?service="
                                + service15
                                + "&location=nowhere&from="
                                + day
                                + "&to="
                                + day),
                422);
        assertProblem(
                citizen.get(
                        "/api/availability?service="
                                + service15
                                + "&location="
                                + location
                                + "&from=morgen&to="
                                + day),
                422);
        assertProblem(
                citizen.get(
                        "/api/availability?service="
                                + service15
                                + "&location="
                                + location
                                + "&from="
                                + day
                                + "&to="
                                + day.plusDays(100)),
                422);
    }

    // --- lifecycle

    @Test
    void citizenBooksConfirmsDownloadsCalendarAndCancels() throws Exception {
        Reply booked =
                book(
                        service30,
                        day + "T09:00:00+02:00".replace("+02:00", offset(day)),
                        "anna@example.org");
        assertEquals(201, booked.status(), booked.toString());
        JsonObject appointment = booked.json();
        String code = appointment.getString("code");
        String token = appointment.getString("token");
        assertEquals("RESERVED", appointment.getString("status"));
        assertTrue(code.matches("[A-Z0-9]{3}-[A-Z0-9]{3}"), code);
        assertEquals(service30, appointment.getString("service"));
        assertTrue(appointment.getString("end").startsWith(day + "T09:30"), appointment.toString());
        assertEquals(2, freeAt(service15, day, "09:00"), "one seat taken");

        assertProblem(citizen.get("/api/appointments/" + code + "?token=wrong"), 404);
        assertProblem(citizen.get("/api/appointments/AAA-AAA?token=" + token), 404);

        Reply confirmed = citizen.post("/api/appointments/" + code + "/confirm?token=" + token, "");
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("BOOKED", confirmed.json().getString("status"));
        assertEquals(
                "BOOKED",
                citizen.post("/api/appointments/" + code + "/confirm?token=" + token, "")
                        .json()
                        .getString("status"),
                "confirming twice is harmless");

        Reply ics =
                citizen.get("/api/appointments/" + code + "/calendar.ics", "X-Access-Token", token);
        assertEquals(200, ics.status(), ics.toString());
        assertTrue(ics.contentType().startsWith("text/calendar"));
        // what a calendar app reads: a valid file (RFC 5545, iTIP) with one event and one DTSTAMP
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertTrue(!calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals(1, calendar.getComponents("VEVENT").size());
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertEquals(1, event.getProperties("DTSTAMP").size(), ics.body());
        assertEquals(
                day.atTime(9, 30).atZone(BERLIN).toInstant(),
                java.time.Instant.from(event.getDateTimeEnd().get().getDate()));
        assertTrue(event.getSummary().get().getValue().contains(code));
        assertTrue(event.getLocation().get().getValue().contains("Testweg 1"));
        assertEquals(
                day.atTime(9, 0).atZone(BERLIN).toInstant(),
                java.time.Instant.from(event.getDateTimeStart().get().getDate()));

        Reply cancelled = citizen.delete("/api/appointments/" + code + "?token=" + token);
        assertEquals(204, cancelled.status(), cancelled.toString());
        assertEquals(3, freeAt(service15, day, "09:00"), "the seat is free again");
        JsonObject after = citizen.get("/api/appointments/" + code + "?token=" + token).json();
        assertEquals("CANCELLED", after.getString("status"));
        List<String> history =
                after.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(h -> h.getString("to"))
                        .toList();
        assertEquals(List.of("RESERVED", "BOOKED", "CANCELLED"), history);
        assertProblem(citizen.delete("/api/appointments/" + code + "?token=" + token), 409);
        assertEquals(3, freeAt(service15, day, "09:00"), "a second cancel gives nothing back");
    }

    @Test
    void whatToBringIsListedInTheCallersLanguage() {
        java.util.function.Function<String, List<String>> documents =
                language ->
                        ok(
                                        citizen.get(
                                                "/api/services?unit=" + UNIT,
                                                "Accept-Language",
                                                language),
                                        200)
                                .jsonArray()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(s -> s.getString("code").equals(service15))
                                .findFirst()
                                .orElseThrow()
                                .getJsonArray("documents")
                                .getValuesAs(jakarta.json.JsonString.class)
                                .stream()
                                .map(jakarta.json.JsonString::getString)
                                .toList();
        assertEquals(List.of("Personalausweis"), documents.apply("de"));
        assertEquals(List.of("Identity card"), documents.apply("en"));
        assertProblem(
                admin.post(
                        "/api/units/" + UNIT + "/services",
                        "{\"code\":\"t-"
                                + shortId()
                                + "\",\"name\":\"Leer\",\"durationMinutes\":15,\"onlineBookable\":true,"
                                + "\"documentsEn\":[\" \"]}"),
                422);
    }

    @Test
    void onlineBookingNeedsAnEmailWhileStaffMayBookWithAPhoneNumberOnly() {
        String phoneOnly =
                "{\"service\":\""
                        + service15
                        + "\",\"location\":\""
                        + location
                        + "\",\"start\":\""
                        + day
                        + "T09:00:00\",\"name\":\"Paul Telefon\",\"phone\":\"+49 30 12345\"}";
        Reply refused = citizen.post("/api/appointments", phoneOnly);
        assertEquals(Set.of("email"), fields(assertProblem(refused, 422)));
        // the same rule the booking page states: without e-mail, book by phone or at the counter
        assertTrue(refused.body().contains("am Telefon oder am Schalter"), refused.body());
        assertEquals(3, freeAt(service15, day, "09:00"), "nothing was taken");
        Reply byPhone = admin.post("/api/appointments", phoneOnly);
        assertEquals(201, byPhone.status(), byPhone.toString());
        assertEquals("BOOKED", byPhone.json().getString("status"));
    }

    @Test
    void staffBookingIsBookedAtOnceAndMayCoverSeveralServices() {
        Reply booked =
                admin.post(
                        "/api/appointments",
                        "{\"services\":[\""
                                + service15
                                + "\",\""
                                + service30
                                + "\"],\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + day
                                + "T10:00:00\",\"name\":\"Herr Telefon\",\"phone\":\"+49 30 1234567\"}");
        assertEquals(201, booked.status(), booked.toString());
        assertEquals("BOOKED", booked.json().getString("status"));
        assertTrue(booked.json().getString("end").startsWith(day + "T10:45"), "durations add up");
        for (String slot : List.of("10:00", "10:15", "10:30")) {
            assertEquals(2, freeAt(service15, day, slot), slot);
        }
        assertEquals(3, freeAt(service15, day, "10:45"));
    }

    @Test
    void badBookingsAreRefusedWithTheFieldAndTakeNoSeat() {
        assertEquals(
                Set.of("email"),
                fields(
                        assertProblem(
                                citizen.post(
                                        "/api/appointments",
                                        "{\"service\":\""
                                                + service15
                                                + "\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + day
                                                + "T09:00:00\",\"name\":\"Ohne Mail\"}"),
                                422)));
        assertEquals(
                Set.of("start"),
                fields(assertProblem(book(service15, day + "T09:07:00", "a@example.org"), 422)));
        assertEquals(
                Set.of("start"),
                fields(assertProblem(book(service15, "gestern", "a@example.org"), 422)));
        assertEquals(
                Set.of("start"),
                fields(assertProblem(book(service15, day + "T14:00:00", "a@example.org"), 422)));
        assertEquals(
                Set.of("service"),
                fields(
                        assertProblem(
                                book("no-such-service", day + "T09:00:00", "a@example.org"), 422)));
        assertEquals(
                Set.of("start"),
                fields(
                        assertProblem(
                                book(
                                        service15,
                                        LocalDate.now(BERLIN).minusDays(1) + "T09:00:00",
                                        "a@example.org"),
                                422)));
        assertProblem(citizen.post("/api/appointments", "{\"service\": 12, "), 400);
        String offline = defineService(UNIT, 15, false);
        assertEquals(
                Set.of("service"),
                fields(assertProblem(book(offline, day + "T09:00:00", "a@example.org"), 422)));
        assertEquals(3, freeAt(service15, day, "09:00"), "no seat was taken by any of these");
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyBooksOnce() {
        String key = UUID.randomUUID().toString();
        String body = bookingBody(service15, day + "T08:30:00", "idem@example.org");
        Reply first = citizen.post("/api/appointments", body, "Idempotency-Key", key);
        Reply second = citizen.post("/api/appointments", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.toString());
        assertEquals(201, second.status(), second.toString());
        assertEquals(first.json().getString("code"), second.json().getString("code"));
        assertEquals(2, freeAt(service15, day, "08:30"), "exactly one seat taken");
    }

    @Test
    void anIdempotencyKeyAnswersOnlyItsOwnCallerAndOnlyTheSameBody() {
        String key = UUID.randomUUID().toString();
        String body = bookingBody(service15, day + "T10:00:00", "eigen@example.org");
        Reply first = ok(citizen.post("/api/appointments", body, "Idempotency-Key", key), 201);
        String token = first.json().getString("token");

        // a stranger repeating the key with any other body gets a problem, not the appointment
        Reply stranger =
                assertProblem(
                        citizen.post(
                                "/api/appointments",
                                bookingBody(service15, day + "T10:15:00", "fremd@example.org"),
                                "Idempotency-Key",
                                key),
                        422);
        assertEquals(Set.of("Idempotency-Key"), fields(stranger));
        assertFalse(
                stranger.body().contains(token)
                        || stranger.body().contains(first.json().getString("code")),
                stranger.body());
        assertEquals(3, freeAt(service15, day, "10:15"), "and books nothing");

        // staff accounts using the same key, even with the same body, each get their own booking
        ApiClient clerk = TestUnit.clerk(citizen);
        Reply byClerk = ok(clerk.post("/api/appointments", body, "Idempotency-Key", key), 201);
        Reply byHead =
                ok(
                        TestUnit.head(citizen)
                                .post("/api/appointments", body, "Idempotency-Key", key),
                        201);
        Set<String> codes =
                Set.of(
                        first.json().getString("code"),
                        byClerk.json().getString("code"),
                        byHead.json().getString("code"));
        assertEquals(3, codes.size(), "three callers, three appointments");
        assertFalse(
                byClerk.body().contains(token) || byHead.body().contains(token),
                "no caller sees another's token");
        assertEquals(0, freeAt(service15, day, "10:00"));

        // each caller's repeat answers their own first result and books nothing new
        assertEquals(
                byClerk.json().getString("code"),
                ok(clerk.post("/api/appointments", body, "Idempotency-Key", key), 201)
                        .json()
                        .getString("code"));
        assertEquals(
                first.json().getString("code"),
                ok(citizen.post("/api/appointments", body, "Idempotency-Key", key), 201)
                        .json()
                        .getString("code"));
        assertProblem(
                clerk.post(
                        "/api/appointments",
                        bookingBody(service15, day + "T10:15:00", "eigen@example.org"),
                        "Idempotency-Key",
                        key),
                422);
        assertEquals(3, freeAt(service15, day, "10:15"));
    }

    @Test
    void aDealerAccountTakesNoSeatOutsideItsDealerServicesAndAClerkNoSeatOutsideTheirUnits() {
        String hold =
                "{\"service\":\""
                        + service15
                        + "\",\"location\":\""
                        + location
                        + "\",\"start\":\""
                        + day
                        + "T09:00:00\"}";
        int free = freeAt(service15, day, "09:00");
        assertTrue(free > 0, "the seat is free to begin with");
        ApiClient dealer = citizen.as("autohaus-nord", "demo");
        assertProblem(dealer.post("/api/holds", hold), 403);
        assertProblem(
                dealer.post(
                        "/api/appointments",
                        bookingBody(service15, day + "T09:00:00", "haendler@example.org")),
                403);
        assertProblem(citizen.as("kfz-schalter", "demo").post("/api/holds", hold), 403);
        assertEquals(free, freeAt(service15, day, "09:00"), "no seat was taken");
        ok(TestUnit.clerk(citizen).post("/api/holds", hold), 201);
        assertEquals(free - 1, freeAt(service15, day, "09:00"), "the unit's own clerk holds it");
    }

    @Test
    void aStaffAccountAskingForSeatsAgainAndAgainIsToldToWait() {
        String username = "haendler-" + shortId();
        ok(
                admin.post(
                        "/api/staff",
                        "{\"username\":\""
                                + username
                                + "\",\"password\":\"richtig-und-lang-1\",\"roles\":[\"dealer\"],"
                                + "\"units\":[\""
                                + UNIT
                                + "\"],\"dealer\":\"autohaus-nord\"}"),
                201);
        ApiClient dealer = citizen.as(username, "richtig-und-lang-1");
        String hold =
                "{\"service\":\""
                        + service15
                        + "\",\"location\":\""
                        + location
                        + "\",\"start\":\""
                        + day
                        + "T09:00:00\"}";
        Reply last = null;
        int answered = 0;
        // the dealer limit of the ITs is the default, 10 a minute; a new minute may begin on the
        // way
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            last = dealer.post("/api/holds", hold);
            answered += last.status() == 429 ? 0 : 1;
        }
        assertProblem(last, 429);
        assertTrue(answered >= 10, "the limit allows ten a minute: " + answered);
        assertTrue(
                Integer.parseInt(last.header("Retry-After").orElse("0")) >= 1,
                "Retry-After says when: " + last);
        assertEquals(3, freeAt(service15, day, "09:00"), "none took a seat");
        ok(TestUnit.clerk(citizen).post("/api/holds", hold), 201);
    }

    @Test
    void openAppointmentsPerContactAreLimited() {
        rules(UNIT, "{\"maxOpenPerContact\":1}");
        ok(book(service15, day + "T08:00:00", "sammler@example.org"), 201);
        Reply second = book(service15, day + "T08:15:00", "Sammler@Example.org");
        assertProblem(second, 422);
        assertEquals(Set.of("email"), fields(second));
        rules(UNIT, "{\"maxOpenPerContact\":50}");
    }

    @Test
    void aMoveIsNotRefusedByThePerContactLimitBecauseItAddsNoOpenAppointment() {
        rules(UNIT, "{\"maxOpenPerContact\":2}");
        JsonObject first = book(service15, day + "T08:00:00", "viel@example.org").json();
        ok(book(service15, day + "T08:15:00", "viel@example.org"), 201);
        // the office may book beyond the citizen's limit: the person now holds three
        ok(
                TestUnit.clerk(citizen)
                        .post(
                                "/api/appointments",
                                bookingBody(service15, day + "T08:30:00", "viel@example.org")),
                201);
        Reply moved =
                citizen.post(
                        "/api/appointments/"
                                + first.getString("code")
                                + "/reschedule?token="
                                + first.getString("token"),
                        "{\"start\":\"" + day + "T09:00:00\"}");
        assertEquals(200, moved.status(), moved.toString());
        assertTrue(moved.json().getString("start").startsWith(day + "T09:00"), moved.toString());
        Reply another = book(service15, day + "T09:30:00", "viel@example.org");
        assertProblem(another, 422);
        assertEquals(Set.of("email"), fields(another));
        assertEquals(3, freeAt(service15, day, "09:30"), "the refused booking took no seat");
    }

    @Test
    void onePersonBookingTwelveTimesAtOnceGetsNoMoreThanTheLimit() throws Exception {
        rules(UNIT, "{\"maxOpenPerContact\":2}");
        List<Callable<Integer>> bookings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String start = day.atTime(8, 0).plusMinutes(15L * i) + ":00";
            // the same person, the address spelled two ways
            String email = i % 2 == 0 ? "hamster@example.org" : "Hamster@Example.org";
            bookings.add(() -> book(service15, start, email).status());
        }
        List<Integer> statuses = runAll(bookings);
        assertEquals(2, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(10, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        assertEquals(
                2,
                TestDatabase.number(
                        "select count(*) from sch_appointment where location_id = ? and email = ?",
                        location,
                        "hamster@example.org"),
                "two appointments stored");
    }

    @Test
    void onlyTheUnitsOwnStaffMoveAnAppointmentPastTheCitizensLimits() {
        JsonObject a = book(service15, day + "T11:00:00", "grenze@example.org").json();
        String path =
                "/api/appointments/"
                        + a.getString("code")
                        + "/reschedule?token="
                        + a.getString("token");
        String later = "{\"start\":\"" + day + "T11:30:00\"}";
        rules(UNIT, "{\"bookingHorizonDays\":2}");
        assertProblem(citizen.post(path, later), 422);
        assertProblem(citizen.as("kfz-schalter", "demo").post(path, later), 403);
        assertProblem(citizen.as("autohaus-nord", "demo").post(path, later), 403);
        assertTrue(
                citizen.get(path.replace("/reschedule", ""))
                        .json()
                        .getString("start")
                        .startsWith(day + "T11:00"),
                "not moved");
        Reply moved = TestUnit.clerk(citizen).post(path, later);
        assertEquals(200, moved.status(), moved.toString());
        assertTrue(moved.json().getString("start").startsWith(day + "T11:30"));
    }

    @Test
    void rescheduleTakesTheNewSeatBeforeGivingBackTheOld() {
        JsonObject a = book(service15, day + "T11:00:00", "umzug@example.org").json();
        String code = a.getString("code");
        String token = a.getString("token");
        Reply moved =
                citizen.post(
                        "/api/appointments/" + code + "/reschedule?token=" + token,
                        "{\"start\":\"" + day + "T11:30:00\"}");
        assertEquals(200, moved.status(), moved.toString());
        assertTrue(moved.json().getString("start").startsWith(day + "T11:30"));
        assertEquals(3, freeAt(service15, day, "11:00"));
        assertEquals(2, freeAt(service15, day, "11:30"));

        for (int i = 0; i < 3; i++) {
            ok(book(service15, day + "T11:45:00", "voll" + i + "@example.org"), 201);
        }
        Reply refused =
                citizen.post(
                        "/api/appointments/" + code + "/reschedule?token=" + token,
                        "{\"start\":\"" + day + "T11:45:00\"}");
        assertProblem(refused, 409);
        JsonObject unchanged = citizen.get("/api/appointments/" + code + "?token=" + token).json();
        assertTrue(unchanged.getString("start").startsWith(day + "T11:30"), "the old slot is kept");
        assertEquals(2, freeAt(service15, day, "11:30"));
        // moved once (the refused move changed nothing): the citizen's calendar app replaces the
        // entry it got at booking with this one
        String calendar =
                citizen.get("/api/appointments/" + code + "/calendar.ics", "X-Access-Token", token)
                        .body();
        assertTrue(calendar.contains("\r\nSEQUENCE:1\r\n"), calendar);
    }

    @Test
    void theHistoryIsReadInTheReadersLanguageOneLanguageEach() {
        Reply hold =
                citizen.post(
                        "/api/holds",
                        "{\"service\":\""
                                + service15
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + day
                                + "T08:30:00\"}");
        assertEquals(201, hold.status(), hold.toString());
        String code = hold.json().getString("code");
        String token = hold.json().getString("token");
        ok(
                citizen.post(
                        "/api/appointments",
                        "{\"holdCode\":\""
                                + code
                                + "\",\"holdToken\":\""
                                + token
                                + "\",\"name\":\"Gesa Geschichte\",\"email\":\"history@example.org\"}"),
                201);
        ok(
                citizen.post(
                        "/api/appointments/" + code + "/reschedule?token=" + token,
                        "{\"start\":\"" + day + "T09:30:00\"}"),
                200);
        String path = "/api/appointments/" + code + "?token=" + token;

        List<String> german = details(citizen.get(path, "Accept-Language", "de").json());
        assertEquals("Platz reserviert", german.get(0));
        assertTrue(german.get(2).startsWith("verlegt von " + day + "T08:30"), german.toString());
        List<String> english = details(citizen.get(path, "Accept-Language", "en").json());
        assertEquals("slot held", english.get(0));
        assertTrue(english.get(2).startsWith("moved from " + day + "T08:30"), english.toString());
        assertEquals(
                english,
                details(citizen.get(path + "&lang=en", "Accept-Language", "de").json()),
                "the pages' lang wins over the header");
        for (String text : german) {
            assertFalse(text.contains("moved") || text.contains(" / "), text);
        }
        for (String text : english) {
            assertFalse(text.contains("verlegt") || text.contains(" / "), text);
        }

        Reply byStaff =
                admin.post(
                        "/api/appointments",
                        "{\"service\":\""
                                + service15
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + day
                                + "T11:15:00\",\"name\":\"Herr Anruf\",\"phone\":\"+49 30 7654321\"}",
                        "Accept-Language",
                        "en");
        assertEquals(201, byStaff.status(), byStaff.toString());
        assertEquals(List.of("booked by staff"), details(byStaff.json()));
        String staffPath =
                "/api/appointments/"
                        + byStaff.json().getString("code")
                        + "?token="
                        + byStaff.json().getString("token");
        assertEquals(
                List.of("von Mitarbeitenden gebucht"),
                details(citizen.get(staffPath, "Accept-Language", "de").json()));

        // an entry written before details were kept as keys shows its old text as it is
        TestDatabase.update(
                "update sch_appointment_history set detail_key = null, detail_args = null, detail = ?"
                        + " where to_status = 'HELD' and appointment_id ="
                        + " (select id from sch_appointment where code = ?)",
                "Platz reserviert / slot held",
                code);
        assertEquals(
                "Platz reserviert / slot held",
                details(citizen.get(path, "Accept-Language", "en").json()).get(0));
    }

    /** The history's details; "" for an entry without one. */
    private static List<String> details(JsonObject appointment) {
        return appointment.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("detail", ""))
                .toList();
    }

    @Test
    void openingHoursAreReadAndWrittenAsHoursAndMinutes() {
        String path = "/api/units/" + UNIT + "/locations/" + location + "/opening-hours";
        JsonObject stored = admin.get(path).json();
        JsonObject monday = stored.getJsonArray("weekly").getJsonObject(0);
        assertEquals("08:00", monday.getString("from"));
        assertEquals("12:00", monday.getString("to"));
        String sentBack =
                "{\"slotMinutes\":"
                        + stored.getInt("slotMinutes")
                        + ",\"weekly\":"
                        + stored.getJsonArray("weekly")
                        + "}";
        ok(admin.put(path, sentBack), 200);
        assertEquals(stored, admin.get(path).json(), "what was read can be sent back unchanged");

        String malformed =
                "{\"slotMinutes\":15,\"weekly\":[{\"day\":\"MONDAY\",\"from\":\"8 Uhr\","
                        + "\"to\":\"12:00:00\",\"counters\":2}]}";
        Reply german = assertProblem(admin.put(path, malformed, "Accept-Language", "de"), 422);
        assertEquals(Set.of("weekly[0].from", "weekly[0].to"), fields(german));
        assertTrue(german.body().contains("HH:mm"), german.toString());
        Reply missing =
                assertProblem(
                        admin.put(
                                path,
                                "{\"slotMinutes\":15,\"weekly\":[{\"day\":\"MONDAY\","
                                        + "\"to\":\"12:00\",\"counters\":2}]}",
                                "Accept-Language",
                                "en"),
                        422);
        assertEquals(Set.of("weekly[0].from"), fields(missing));
        assertTrue(missing.body().contains("is required"), missing.toString());
        assertEquals(stored, admin.get(path).json(), "nothing was stored");
    }

    @Test
    void aFullSlotAnswers409() {
        for (int i = 0; i < 3; i++) {
            ok(book(service15, day + "T09:30:00", "p" + i + "@example.org"), 201);
        }
        Reply full = book(service15, day + "T09:30:00", "p4@example.org");
        assertProblem(full, 409);
        assertFalse(starts(availability(service15, day)).contains(day + "T09:30"));
    }

    @Test
    void aHoldBecomesABookingAndAnUnusedHoldIsReleased() throws Exception {
        Reply hold =
                citizen.post(
                        "/api/holds",
                        "{\"service\":\""
                                + service15
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + day
                                + "T10:30:00\"}");
        assertEquals(201, hold.status(), hold.toString());
        assertEquals("HELD", hold.json().getString("status"));
        assertEquals(2, freeAt(service15, day, "10:30"));
        Reply booked =
                citizen.post(
                        "/api/appointments",
                        "{\"holdCode\":\""
                                + hold.json().getString("code")
                                + "\",\"holdToken\":\""
                                + hold.json().getString("token")
                                + "\",\"name\":\"Hanna Halter\",\"email\":\"hold@example.org\"}");
        assertEquals(201, booked.status(), booked.toString());
        assertEquals("RESERVED", booked.json().getString("status"));
        assertEquals(2, freeAt(service15, day, "10:30"), "the held seat became the booking's seat");
        // the same hold once more (a second tab, a double click): already used, not "expired"
        Reply again =
                citizen.post(
                        "/api/appointments",
                        "{\"holdCode\":\""
                                + hold.json().getString("code")
                                + "\",\"holdToken\":\""
                                + hold.json().getString("token")
                                + "\",\"name\":\"Hanna Halter\",\"email\":\"other@example.org\"}");
        assertProblem(again, 409);
        assertTrue(again.body().contains("bereits für eine Buchung verwendet"), again.body());
        assertEquals(2, freeAt(service15, day, "10:30"), "nothing more was taken");

        Reply unused =
                citizen.post(
                        "/api/holds",
                        "{\"service\":\""
                                + service15
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + day
                                + "T10:30:00\"}");
        assertEquals(1, freeAt(service15, day, "10:30"));
        TestDatabase.update(
                "update sch_appointment set expires_at = now(3) - interval 1 minute where code = ?",
                unused.json().getString("code"));
        awaitFree(service15, day, "10:30", 2);
    }

    @Test
    void anUnconfirmedReservationExpiresAndFreesItsSeat() throws Exception {
        JsonObject a = book(service15, day + "T08:45:00", "vergesslich@example.org").json();
        assertEquals(2, freeAt(service15, day, "08:45"));
        TestDatabase.update(
                "update sch_appointment set expires_at = now(3) - interval 1 minute where code = ?",
                a.getString("code"));
        awaitFree(service15, day, "08:45", 3);
        assertEquals(
                "EXPIRED",
                citizen.get(
                                "/api/appointments/"
                                        + a.getString("code")
                                        + "?token="
                                        + a.getString("token"))
                        .json()
                        .getString("status"));
        assertProblem(
                citizen.post(
                        "/api/appointments/"
                                + a.getString("code")
                                + "/confirm?token="
                                + a.getString("token"),
                        ""),
                409);
    }

    @Test
    void aCancelledSeatReturnsToThePublicOnlyAfterTheHoldBack() throws Exception {
        rules(UNIT, "{\"releaseHoldBackMinutes\":30}");
        JsonObject a = book(service15, day + "T11:15:00", "ruecktritt@example.org").json();
        assertEquals(
                204,
                citizen.delete(
                                "/api/appointments/"
                                        + a.getString("code")
                                        + "?token="
                                        + a.getString("token"))
                        .status());
        assertEquals(2, freeAt(service15, day, "11:15"), "held back");
        TestDatabase.update(
                "update sch_seat_release set release_at = now(3) - interval 1 minute where location_id = ?",
                location);
        awaitFree(service15, day, "11:15", 3);
        rules(UNIT, "{\"releaseHoldBackMinutes\":0}");
    }

    // --- the ledger under concurrent load

    @Test
    void sixtyFourClientsRaceForThreeSeatsAndExactlyThreeWin() throws Exception {
        String start = day + "T09:15:00";
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String email = "race" + i + "@example.org";
            clients.add(() -> book(service15, start, email).status());
        }
        List<Integer> statuses = runAll(clients);
        assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(61, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(3, takenInLedger(day + " 09:15:00"));
    }

    @Test
    void parallelCancelAndBookNeverLeaveASeatDoubleTakenOrLost() throws Exception {
        ok(
                admin.post(
                        "/api/units/" + UNIT + "/locations/" + location + "/sessions",
                        session(day, "16:00", "17:00", 1, "AFTER_HOURS", null)),
                201);
        String start = day + "T16:00:00";
        for (int round = 0; round < 5; round++) {
            JsonObject holder = book(service15, start, "holder" + round + "@example.org").json();
            assertEquals("RESERVED", holder.getString("status"), holder.toString());
            List<Callable<Reply>> race = new ArrayList<>();
            race.add(
                    () ->
                            citizen.delete(
                                    "/api/appointments/"
                                            + holder.getString("code")
                                            + "?token="
                                            + holder.getString("token")));
            race.add(
                    () ->
                            citizen.delete(
                                    "/api/appointments/"
                                            + holder.getString("code")
                                            + "?token="
                                            + holder.getString("token")));
            for (int i = 0; i < 6; i++) {
                String email = "r" + round + "c" + i + "@example.org";
                race.add(() -> book(service15, start, email));
            }
            List<Reply> replies = runAll(race);
            List<Integer> statuses = replies.stream().map(Reply::status).toList();
            long cancels = statuses.subList(0, 2).stream().filter(s -> s == 204).count();
            List<Reply> won =
                    replies.subList(2, replies.size()).stream()
                            .filter(r -> r.status() == 201)
                            .toList();
            assertEquals(1, cancels, "exactly one cancel succeeds: " + statuses);
            assertTrue(won.size() <= 1, "never more bookings than the one seat: " + statuses);
            assertTrue(
                    statuses.stream().allMatch(s -> s == 201 || s == 204 || s == 409),
                    statuses.toString());
            long holding =
                    TestDatabase.number(
                            "select count(*) from sch_appointment where location_id = ? and starts_at = ? and status in ('HELD','RESERVED','BOOKED')",
                            location,
                            day + " 16:00:00");
            assertEquals(
                    holding,
                    takenInLedger(day + " 16:00:00"),
                    "ledger and appointments agree: " + statuses);
            for (Reply winner : won) { // free the seat for the next round
                JsonObject w = winner.json();
                assertEquals(
                        204,
                        citizen.delete(
                                        "/api/appointments/"
                                                + w.getString("code")
                                                + "?token="
                                                + w.getString("token"))
                                .status());
            }
            assertEquals(0, takenInLedger(day + " 16:00:00"), "every seat came back exactly once");
        }
    }

    @Test
    void committedBookingsAreCountedForOperators() {
        ok(book(service15, day + "T08:15:00", "metrik@example.org"), 201);
        Reply metrics =
                citizen.as("admin", "demo")
                        .get("/metrics?scope=application", "Accept", "text/plain");
        assertTrue(metrics.body().contains("amtsplan_appointment_events_total"), metrics.body());
        assertTrue(metrics.body().contains("event=\"booked\""), metrics.body());
    }

    // --- helpers

    private long takenInLedger(String slot) {
        return TestDatabase.number(
                "select coalesce(sum(taken),0) from sch_seat_ledger where location_id = ? and slot_start = ? and pool = 'PUBLIC'",
                location,
                slot);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitFree(String service, LocalDate date, String time, int expected)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 45_000;
        int free = -1;
        while (System.currentTimeMillis() < deadline) {
            free = freeAt(service, date, time);
            if (free == expected) {
                return;
            }
            Thread.sleep(1_000);
        }
        assertEquals(expected, free, "free seats at " + time + " after the sweeper's turn");
    }

    private Reply book(String service, String start, String email) {
        return citizen.post("/api/appointments", bookingBody(service, start, email));
    }

    private String bookingBody(String service, String start, String email) {
        return "{\"service\":\""
                + service
                + "\",\"location\":\""
                + location
                + "\",\"start\":\""
                + start
                + "\",\"name\":\"Erika Mustermann\",\"email\":\""
                + email
                + "\",\"language\":\"de\"}";
    }

    private JsonArray availability(String service, LocalDate date) {
        Reply reply =
                citizen.get(
                        "/api/availability?service="
                                + service
                                + "&location="
                                + location
                                + "&from="
                                + date
                                + "&to="
                                + date);
        assertEquals(200, reply.status(), reply.toString());
        return reply.jsonArray();
    }

    private int freeAt(String service, LocalDate date, String time) {
        return availability(service, date).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("start").startsWith(date + "T" + time))
                .mapToInt(s -> s.getInt("free"))
                .findFirst()
                .orElse(0);
    }

    private static List<String> starts(JsonArray slots) {
        return slots.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("start").substring(0, 16))
                .toList();
    }

    private String defineService(String unit, int minutes, boolean online) {
        String code = "t-" + shortId();
        ok(
                admin.post(
                        "/api/units/" + unit + "/services",
                        "{\"code\":\""
                                + code
                                + "\",\"name\":\"Testdienst "
                                + minutes
                                + "\",\"durationMinutes\":"
                                + minutes
                                + ",\"onlineBookable\":"
                                + online
                                + ",\"documents\":[\"Personalausweis\"],\"documentsEn\":[\"Identity card\"]}"),
                201);
        return code;
    }

    private void rules(String unit, String json) {
        ok(admin.put("/api/units/" + unit + "/rules", json), 200);
    }

    private static String weekMornings(int counters) {
        return OpeningHours.everyDay("08:00", "12:00", counters);
    }

    private static String session(
            LocalDate date, String from, String to, int counters, String kind, String reservedFor) {
        return "{\"date\":\""
                + date
                + "\",\"from\":\""
                + from
                + "\",\"to\":\""
                + to
                + "\",\"counters\":"
                + counters
                + ",\"kind\":\""
                + kind
                + "\""
                + (reservedFor == null ? "" : ",\"reservedForDisruption\":\"" + reservedFor + "\"")
                + "}";
    }

    private static String offset(LocalDate date) {
        return date.atTime(9, 0).atZone(BERLIN).getOffset().getId();
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }

    private static Set<String> fields(Reply problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    static Reply assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertEquals(status, reply.json().getInt("status"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        return reply;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
