package org.amtsplan;

import static org.amtsplan.BookingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
 * The immigration office over HTTP, deployed with the kernel alone: consultation days, the walk-in
 * quota with referrals instead of refusals, urgency from a permit's expiry, and that nobody outside
 * the office reads its queue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImmigrationIT {

    static final String SERVICE = "aufenthalt-verlaengerung";
    static final String EVERY_DAY =
            "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atFixedTime(Deployments.modules("org.amtsplan.immigration"));
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient anonymous;
    ApiClient head;
    ApiClient clerk;
    String location;
    String base;

    @BeforeEach
    void office() {
        anonymous = ApiClient.at(deploymentUrl);
        head = anonymous.as("abh-leitung", "demo");
        clerk = anonymous.as("abh-schalter", "demo");
        location = "i-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                anonymous
                        .as("admin", "demo")
                        .post(
                                "/api/locations",
                                "{\"id\":\""
                                        + location
                                        + "\",\"name\":\"Ausländerbehörde "
                                        + location
                                        + "\",\"address\":\"Amtsweg 3\"}")
                        .status());
        base = "/api/units/immigration/locations/" + location;
        // walk-ins are taken only on a day with opening hours (the fixed clock's Tuesday)
        assertEquals(
                200,
                head.put(
                                base + "/opening-hours",
                                "{\"slotMinutes\":5,\"weekly\":["
                                        + java.util.Arrays.stream(java.time.DayOfWeek.values())
                                                .map(
                                                        d ->
                                                                "{\"day\":\""
                                                                        + d
                                                                        + "\",\"from\":\"00:00\",\"to\":\"23:55\",\"counters\":5}")
                                                .collect(java.util.stream.Collectors.joining(","))
                                        + "]}")
                        .status());
        rules(
                "{\"consultationDays\":"
                        + EVERY_DAY
                        + ",\"walkInQuotaPerDay\":2,\"urgentWithinDays\":14}");
    }

    @Test
    void aWalkInOverTheQuotaGetsAReferralToTheNextConsultationDayInsteadOfARefusal() {
        assertEquals(201, walkIn(null).status());
        assertEquals(201, walkIn(null).status());
        Reply third = walkIn(null);
        assertProblem(third, 409);
        JsonObject referral = third.json().getJsonObject("referral");
        LocalDate tomorrow = FixedClock.today().plusDays(1);
        assertEquals(tomorrow.toString(), referral.getString("date"));
        assertEquals("R001", referral.getString("number"));
        assertEquals("R002", walkIn(null).json().getJsonObject("referral").getString("number"));
        assertEquals(
                2, clerk.get(base + "/queue").jsonArray().size(), "no ticket for the referred");

        // on the referral's day the citizen comes back with the number
        TestDatabase.update(
                "update imm_referral set day = ? where location_id = ? and number = 'R001'",
                FixedClock.today().toString(),
                location);
        Reply ticket = clerk.post(base + "/tickets", "{\"referral\":\"r001\"}");
        assertEquals(201, ticket.status(), ticket.toString());
        assertEquals("REFERRAL", ticket.json().getString("kind"));
        assertEquals(SERVICE, ticket.json().getString("service"));
        assertProblem(clerk.post(base + "/tickets", "{\"referral\":\"R001\"}"), 422);
        assertProblem(clerk.post(base + "/tickets", "{\"referral\":\"R002\"}"), 422);
    }

    @Test
    void walkInsAreServedOnlyOnConsultationDays() {
        String otherDay = FixedClock.today().plusDays(1).getDayOfWeek().name();
        rules("{\"consultationDays\":[\"" + otherDay + "\"]}");
        Reply refused = walkIn(null);
        assertProblem(refused, 409);
        assertFalse(refused.json().containsKey("referral"));
        assertTrue(refused.json().getString("detail").contains(otherDay));
    }

    @Test
    void anExpiringPermitMakesTheCaseUrgentAndMovesItForward() {
        rules("{\"walkInQuotaPerDay\":20}");
        JsonObject calm = walkIn(FixedClock.today().plusMonths(6).toString()).json();
        JsonObject expiring = walkIn(FixedClock.today().plusDays(5).toString()).json();
        assertFalse(calm.getBoolean("urgent"));
        assertTrue(expiring.getBoolean("urgent"));
        List<String> order =
                clerk.get(base + "/queue").jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("number"))
                        .toList();
        assertEquals(List.of(expiring.getString("number"), calm.getString("number")), order);
        assertProblem(walkIn("bald"), 422);
    }

    @Test
    void aPermitExpiryGivenAtBookingMakesTheCheckedInAppointmentUrgent() {
        // five-minute slots fit every immigration service, also those other tests define
        assertEquals(
                200,
                head.put(
                                base.replace("/queue", "") + "/opening-hours",
                                "{\"slotMinutes\":5,\"weekly\":["
                                        + java.util.Arrays.stream(java.time.DayOfWeek.values())
                                                .map(
                                                        d ->
                                                                "{\"day\":\""
                                                                        + d
                                                                        + "\",\"from\":\"00:00\",\"to\":\"23:55\",\"counters\":5}")
                                                .collect(java.util.stream.Collectors.joining(","))
                                        + "]}")
                        .status());
        java.time.LocalDateTime start = FixedClock.now().plusMinutes(30);
        Reply booked =
                clerk.post(
                        "/api/appointments",
                        "{\"service\":\""
                                + SERVICE
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + start
                                + ":00\",\"name\":\"Frau Frist\",\"phone\":\"+49 30 555\",\"deadline\":\""
                                + FixedClock.today().plusDays(3)
                                + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        assertEquals(
                FixedClock.today().plusDays(3).toString(), booked.json().getString("deadline"));
        Reply ticket =
                clerk.post(
                        base + "/tickets",
                        "{\"appointmentCode\":\"" + booked.json().getString("code") + "\"}");
        assertEquals(201, ticket.status(), ticket.toString());
        assertTrue(ticket.json().getBoolean("urgent"));
        assertProblem(
                clerk.post(
                        "/api/appointments",
                        "{\"service\":\""
                                + SERVICE
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + start
                                + ":00\",\"name\":\"X\",\"phone\":\"+49 30 555\",\"deadline\":\"morgen\"}"),
                422);
    }

    @Test
    void nobodyOutsideTheImmigrationOfficeReadsItsQueueOrChangesItsRules() {
        assertEquals(200, clerk.get(base + "/queue").status());
        assertProblem(anonymous.as("kfz-leitung", "demo").get(base + "/queue"), 403);
        assertProblem(
                anonymous
                        .as("standesamt-schalter", "demo")
                        .post(base + "/tickets", "{\"walkIn\":{\"service\":\"" + SERVICE + "\"}}"),
                403);
        assertProblem(anonymous.as("autohaus-nord", "demo").get(base + "/queue"), 403);
        assertProblem(anonymous.as("kfz-leitung", "demo").get("/api/units/immigration/rules"), 403);
        assertProblem(clerk.put("/api/units/immigration/rules", "{\"walkInQuotaPerDay\":3}"), 403);
        assertProblem(
                anonymous
                        .as("kfz-leitung", "demo")
                        .put("/api/units/immigration/rules", "{\"walkInQuotaPerDay\":3}"),
                403);
        assertProblem(
                anonymous
                        .as("kfz-schalter", "demo")
                        .post(
                                "/api/locations",
                                "{\"id\":\"x-"
                                        + UUID.randomUUID().toString().substring(0, 6)
                                        + "\",\"name\":\"X\",\"address\":\"Y\"}"),
                403);
        assertEquals(
                200,
                head.put("/api/units/immigration/rules", "{\"walkInQuotaPerDay\":3}").status());
    }

    private Reply walkIn(String deadline) {
        return clerk.post(
                base + "/tickets",
                "{\"walkIn\":{\"service\":\""
                        + SERVICE
                        + "\",\"name\":\"Gast\""
                        + (deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"")
                        + "}}");
    }

    private void rules(String json) {
        Reply changed = head.put("/api/units/immigration/rules", json);
        assertEquals(200, changed.status(), changed.toString());
    }
}
