package org.amtsplan;

import static org.amtsplan.BookingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dealer batches over HTTP: validation item by item, the daily quota, access, and the back office.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VehicleRegistrationIT {

    static final String VALID_VIN = "WVWZZZ1JZXW0000";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("org.amtsplan.vehicleregistration");
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient anonymous;
    ApiClient head;
    ApiClient clerk;
    ApiClient dealerAccount;

    @BeforeEach
    void accounts() {
        anonymous = ApiClient.at(deploymentUrl);
        head = anonymous.as("kfz-leitung", "demo");
        clerk = anonymous.as("kfz-schalter", "demo");
        dealerAccount = anonymous.as("autohaus-nord", "demo");
    }

    @Test
    void onlyTheHeadAddsDealersAndEachOnlyOnce() {
        String id = newDealer(5);
        assertProblem(
                head.post(
                        "/api/vehicle/dealers",
                        "{\"id\":\"" + id + "\",\"name\":\"Doppelt\",\"dailyQuota\":5}"),
                409);
        Reply invalid =
                head.post(
                        "/api/vehicle/dealers",
                        "{\"id\":\"Bad Id\",\"name\":\"\",\"dailyQuota\":0}");
        assertProblem(invalid, 422);
        assertEquals(3, invalid.json().getJsonArray("errors").size());
        assertProblem(
                clerk.post(
                        "/api/vehicle/dealers",
                        "{\"id\":\"x-" + shortId() + "\",\"name\":\"X\",\"dailyQuota\":5}"),
                403);
        assertProblem(
                abteilungFremd()
                        .post(
                                "/api/vehicle/dealers",
                                "{\"id\":\"y-" + shortId() + "\",\"name\":\"Y\",\"dailyQuota\":5}"),
                403);
        assertProblem(
                anonymous.post(
                        "/api/vehicle/dealers",
                        "{\"id\":\"z-" + shortId() + "\",\"name\":\"Z\",\"dailyQuota\":5}"),
                401);
    }

    @Test
    void eachItemIsCheckedAndTheRejectedOnesAreReportedByIndex() {
        Reply batch =
                dealerAccount.post(
                        "/api/vehicle/dealers/autohaus-nord/batches",
                        "{\"items\":["
                                + "{\"vin\":\""
                                + vin(1)
                                + "\",\"kind\":\"NEW_REGISTRATION\",\"plate\":\"HH-AN 123\"},"
                                + "{\"vin\":\"WVWZZZ1JZXW00000O\",\"kind\":\"NEW_REGISTRATION\"},"
                                + "{\"vin\":\""
                                + vin(2)
                                + "\",\"kind\":\"SCRAP\"},"
                                + "{\"vin\":\""
                                + vin(3)
                                + "\",\"kind\":\"DEREGISTRATION\",\"plate\":\"nonsense\"},"
                                + "{\"vin\":\""
                                + vin(4)
                                + "\",\"kind\":\"CHANGE_OF_KEEPER\"}]}");
        assertEquals(201, batch.status(), batch.toString());
        JsonObject body = batch.json();
        assertEquals(2, body.getInt("accepted"));
        assertEquals(
                List.of(1, 2, 3),
                body.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getInt("index"))
                        .toList());
        assertTrue(
                body.getJsonArray("rejected").getJsonObject(0).getString("reason").contains("O"));

        JsonObject again =
                dealerAccount
                        .get(
                                "/api/vehicle/dealers/autohaus-nord/batches/"
                                        + body.getJsonNumber("id").longValue())
                        .json();
        assertEquals(
                List.of("HH-AN 123", ""),
                again.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.containsKey("plate") ? i.getString("plate") : "")
                        .toList());
    }

    @Test
    void refusedItemsAreExplainedInTheReadersLanguageOneLanguageEach() {
        String refusedOnly =
                "{\"items\":["
                        + "{\"vin\":\"WVWZZZ1JZXW0001\",\"kind\":\"NEW_REGISTRATION\"},"
                        + "{\"vin\":\"WVWZZZ1JZXW00000O\",\"kind\":\"NEW_REGISTRATION\"},"
                        + "{\"vin\":\""
                        + vin(40)
                        + "\",\"kind\":\"SCRAP\"},"
                        + "{\"vin\":\""
                        + vin(41)
                        + "\",\"kind\":\"DEREGISTRATION\",\"plate\":\"nonsense\"}]}";
        List<String> german =
                reasons(
                        dealerAccount.post(
                                "/api/vehicle/dealers/autohaus-nord/batches",
                                refusedOnly,
                                "Accept-Language",
                                "de"));
        assertEquals(
                List.of(
                        "Die FIN muss 17 Zeichen haben (15 eingegeben)",
                        "Die FIN enthält unzulässige Zeichen (I, O und Q sind nicht erlaubt)",
                        "Unbekannte Art; erlaubt: NEW_REGISTRATION, CHANGE_OF_KEEPER,"
                                + " RE_REGISTRATION, DEREGISTRATION",
                        "Kennzeichen nicht im Format \"M-AB 1234\""),
                german);
        List<String> english =
                reasons(
                        dealerAccount.post(
                                "/api/vehicle/dealers/autohaus-nord/batches",
                                refusedOnly,
                                "Accept-Language",
                                "en-GB,en;q=0.9"));
        assertEquals(
                List.of(
                        "the VIN must have 17 characters (15 entered)",
                        "the VIN has invalid characters (no I, O or Q)",
                        "unknown kind; allowed: NEW_REGISTRATION, CHANGE_OF_KEEPER,"
                                + " RE_REGISTRATION, DEREGISTRATION",
                        "plate not in the form \"M-AB 1234\""),
                english);
    }

    private static List<String> reasons(Reply batch) {
        assertEquals(201, batch.status(), batch.toString());
        assertEquals(0, batch.json().getInt("accepted"));
        return batch.json().getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("reason"))
                .toList();
    }

    @Test
    void itemsOverTheDailyQuotaAreScheduledForTheNextWorkingDaysNotDropped() {
        String dealer = newDealer(2);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add("{\"vin\":\"" + vin(10 + i) + "\",\"kind\":\"NEW_REGISTRATION\"}");
        }
        Reply batch =
                head.post(
                        "/api/vehicle/dealers/" + dealer + "/batches",
                        "{\"items\":[" + String.join(",", items) + "]}");
        assertEquals(201, batch.status(), batch.toString());
        List<JsonObject> accepted =
                batch.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(5, accepted.size(), "nothing is dropped");
        Map<String, Long> perDay =
                new TreeMap<>(
                        accepted.stream()
                                .collect(
                                        Collectors.groupingBy(
                                                i -> i.getString("dueDate"),
                                                Collectors.counting())));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate first = workingDayOnOrAfter(today);
        LocalDate second = workingDayOnOrAfter(first.plusDays(1));
        LocalDate third = workingDayOnOrAfter(second.plusDays(1));
        assertEquals(
                Map.of(first.toString(), 2L, second.toString(), 2L, third.toString(), 1L), perDay);
        String expectedFirstStatus = first.equals(today) ? "SUBMITTED" : "SCHEDULED";
        assertEquals(expectedFirstStatus, accepted.get(0).getString("status"));
        assertEquals("SCHEDULED", accepted.get(4).getString("status"));

        Reply next =
                head.post(
                        "/api/vehicle/dealers/" + dealer + "/batches",
                        "{\"items\":[{\"vin\":\""
                                + vin(20)
                                + "\",\"kind\":\"NEW_REGISTRATION\"}]}");
        assertEquals(
                third.toString(),
                next.json().getJsonArray("items").getJsonObject(0).getString("dueDate"),
                "the next batch fills the third day");
    }

    @Test
    void aCsvUploadIsReadWithItsHeader() {
        String csv =
                "vin;kind;plate\n"
                        + vin(30)
                        + ";NEW_REGISTRATION;HH-AN 9\n"
                        + vin(31)
                        + ";DEREGISTRATION;\nkaputt;NEW_REGISTRATION;\n";
        Reply batch =
                dealerAccount.postText(
                        "/api/vehicle/dealers/autohaus-nord/batches", csv, "text/csv");
        assertEquals(201, batch.status(), batch.toString());
        assertEquals(2, batch.json().getInt("accepted"));
        assertEquals(2, batch.json().getJsonArray("rejected").getJsonObject(0).getInt("index"));
        assertProblem(
                dealerAccount.postText(
                        "/api/vehicle/dealers/autohaus-nord/batches", "a,b\n1,2\n", "text/csv"),
                422);
        assertProblem(
                dealerAccount.postText(
                        "/api/vehicle/dealers/autohaus-nord/batches", "", "text/csv"),
                422);
        assertProblem(
                dealerAccount.post("/api/vehicle/dealers/autohaus-nord/batches", "{\"items\":[]}"),
                422);
        assertProblem(
                dealerAccount.post("/api/vehicle/dealers/autohaus-nord/batches", "{\"items\":"),
                400);
    }

    @Test
    void aDealerSeesOnlyItsOwnBatches() {
        String other = newDealer(5);
        long batchId =
                head.post(
                                "/api/vehicle/dealers/" + other + "/batches",
                                "{\"items\":[{\"vin\":\""
                                        + vin(40)
                                        + "\",\"kind\":\"NEW_REGISTRATION\"}]}")
                        .json()
                        .getJsonNumber("id")
                        .longValue();
        assertProblem(
                dealerAccount.get("/api/vehicle/dealers/" + other + "/batches/" + batchId), 403);
        assertProblem(
                dealerAccount.post(
                        "/api/vehicle/dealers/" + other + "/batches",
                        "{\"items\":[{\"vin\":\""
                                + vin(41)
                                + "\",\"kind\":\"NEW_REGISTRATION\"}]}"),
                403);
        assertProblem(dealerAccount.get("/api/vehicle/dealers/no-such-dealer/batches"), 404);
        assertProblem(dealerAccount.get("/api/vehicle/batch-items"), 403);
        assertProblem(head.get("/api/vehicle/dealers/autohaus-nord/batches/" + batchId), 404);
        assertProblem(head.get("/api/vehicle/dealers/no-such-dealer/batches/1"), 404);
    }

    @Test
    void theDealerCounterWorksItemsThroughAndTheDealerSeesTheirStatus() {
        JsonObject batch =
                dealerAccount
                        .post(
                                "/api/vehicle/dealers/autohaus-nord/batches",
                                "{\"items\":[{\"vin\":\""
                                        + vin(50)
                                        + "\",\"kind\":\"NEW_REGISTRATION\"},{\"vin\":\""
                                        + vin(51)
                                        + "\",\"kind\":\"NEW_REGISTRATION\"}]}")
                        .json();
        List<JsonObject> items = batch.getJsonArray("items").getValuesAs(JsonObject.class);
        long first = items.get(0).getJsonNumber("id").longValue();
        long second = items.get(1).getJsonNumber("id").longValue();

        assertEquals(
                "IN_PROGRESS",
                clerk.post("/api/vehicle/batch-items/" + first + "/start", "")
                        .json()
                        .getString("status"));
        assertProblem(clerk.post("/api/vehicle/batch-items/" + first + "/start", ""), 409);
        assertEquals(
                "DONE",
                clerk.post("/api/vehicle/batch-items/" + first + "/done", "")
                        .json()
                        .getString("status"));
        assertProblem(clerk.post("/api/vehicle/batch-items/" + second + "/return", "{}"), 422);
        JsonObject returned =
                clerk.post(
                                "/api/vehicle/batch-items/" + second + "/return",
                                "{\"reason\":\"eVB-Nummer fehlt\"}")
                        .json();
        assertEquals("RETURNED", returned.getString("status"));
        assertProblem(clerk.post("/api/vehicle/batch-items/" + second + "/fly", ""), 404);
        assertProblem(clerk.post("/api/vehicle/batch-items/999999999/start", ""), 404);

        JsonObject seen =
                dealerAccount
                        .get(
                                "/api/vehicle/dealers/autohaus-nord/batches/"
                                        + batch.getJsonNumber("id").longValue())
                        .json();
        List<String> statuses =
                seen.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getString("status"))
                        .toList();
        assertEquals(List.of("DONE", "RETURNED"), statuses);
        assertEquals(
                "eVB-Nummer fehlt",
                seen.getJsonArray("items").getJsonObject(1).getString("reason"));
    }

    private ApiClient abteilungFremd() {
        return anonymous.as("abh-leitung", "demo");
    }

    private String newDealer(int quota) {
        String id = "ah-" + shortId();
        Reply created =
                head.post(
                        "/api/vehicle/dealers",
                        "{\"id\":\""
                                + id
                                + "\",\"name\":\"Autohaus "
                                + id
                                + "\",\"dailyQuota\":"
                                + quota
                                + "}");
        assertEquals(201, created.status(), created.toString());
        return id;
    }

    private static LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String vin(int n) {
        return VALID_VIN.substring(0, 13) + String.format("%04d", n % 10000);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
