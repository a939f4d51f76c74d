package org.amtsplan;

import static org.amtsplan.BookingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Set;
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

/** Certificate mailing over HTTP, deployed with the kernel alone: request, back office, status. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryOfficeIT {

    static final String PATH = "/api/registry/certificate-requests";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("org.amtsplan.registryoffice");
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient citizen;
    ApiClient registryClerk;

    @BeforeEach
    void clients() {
        citizen = ApiClient.at(deploymentUrl);
        registryClerk = citizen.as("standesamt-schalter", "demo");
    }

    @Test
    void aCitizenRequestsACertificateByPostAndFollowsItToSent() {
        JsonObject created = request("Max Beispiel " + UUID.randomUUID()).json();
        assertEquals("REQUESTED", created.getString("status"));
        long id = created.getJsonNumber("id").longValue();
        String token = created.getString("token");
        assertEquals(
                "REQUESTED",
                citizen.get(PATH + "/" + id + "?token=" + token).json().getString("status"));
        assertProblem(citizen.get(PATH + "/" + id + "?token=falsch"), 404);

        assertTrue(
                registryClerk.get(PATH).jsonArray().getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getJsonNumber("id").longValue() == id),
                "the back office sees the request");
        assertFalse(
                registryClerk
                        .get(PATH)
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .get(0)
                        .containsKey("token"),
                "staff never see the citizen's token");

        assertProblem(registryClerk.post(PATH + "/" + id + "/sent", ""), 409);
        assertEquals(
                "IN_PROGRESS",
                registryClerk.post(PATH + "/" + id + "/start", "").json().getString("status"));
        assertEquals(
                "SENT",
                registryClerk.post(PATH + "/" + id + "/sent", "").json().getString("status"));
        assertProblem(
                registryClerk.post(PATH + "/" + id + "/refuse", "{\"reason\":\"zu spät\"}"), 409);
        assertEquals(
                "SENT",
                citizen.get(PATH + "/" + id, "X-Access-Token", token).json().getString("status"));
    }

    @Test
    void aRefusalCarriesItsReasonToTheCitizen() {
        JsonObject created = request("Erika Beispiel").json();
        long id = created.getJsonNumber("id").longValue();
        assertProblem(registryClerk.post(PATH + "/" + id + "/refuse", "{}"), 422);
        assertEquals(
                "REFUSED",
                registryClerk
                        .post(
                                PATH + "/" + id + "/refuse",
                                "{\"reason\":\"Kein berechtigtes Interesse nachgewiesen\"}")
                        .json()
                        .getString("status"));
        JsonObject seen =
                citizen.get(PATH + "/" + id + "?token=" + created.getString("token")).json();
        assertEquals("Kein berechtigtes Interesse nachgewiesen", seen.getString("reason"));
        assertProblem(registryClerk.post(PATH + "/" + id + "/shred", ""), 404);
        assertProblem(registryClerk.post(PATH + "/99999999/start", ""), 404);
    }

    @Test
    void badRequestsNameEveryFieldAndStoreNothing() {
        int before = registryClerk.get(PATH).jsonArray().size();
        Reply bad =
                citizen.post(
                        PATH,
                        "{\"kind\":\"DIVORCE\",\"subjectName\":\"\",\"eventDate\":\""
                                + LocalDate.now().plusDays(3)
                                + "\",\"copies\":11,\"requesterName\":\"A\",\"email\":\"kein-mail\",\"address\":{\"street\":\"Weg 1\",\"postcode\":\"123\",\"city\":\"Musterstadt\"}}");
        assertProblem(bad, 422);
        Set<String> fields =
                bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .collect(Collectors.toSet());
        assertEquals(
                Set.of("kind", "subjectName", "eventDate", "copies", "email", "address.postcode"),
                fields);
        assertEquals(before, registryClerk.get(PATH).jsonArray().size());
        assertProblem(citizen.post(PATH, "{\"kind\":"), 400);
    }

    @Test
    void anAnonymousRequestNeedsAFreshlySolvedChallengeLikeABooking() {
        int before = registryClerk.get(PATH).jsonArray().size();
        String body = requestBody("Ohne Aufgabe");
        assertProblem(citizen.post(PATH, body, "X-Proof-Of-Work", "nichts"), 428);
        JsonObject challenge = citizen.get("/api/challenges").json();
        assertProblem(
                citizen.post(
                        PATH,
                        body,
                        "X-Proof-Of-Work",
                        ApiClient.unsolved(
                                challenge.getString("challenge"), challenge.getInt("difficulty"))),
                428);
        assertEquals(
                before,
                registryClerk.get(PATH).jsonArray().size(),
                "nothing stored without a solved challenge");

        String solved = citizen.solvedChallenge();
        Reply accepted = citizen.post(PATH, requestBody("Mit Aufgabe"), "X-Proof-Of-Work", solved);
        assertEquals(201, accepted.status(), accepted.toString());
        assertProblem(
                citizen.post(
                        PATH, requestBody("Zweimal dieselbe Aufgabe"), "X-Proof-Of-Work", solved),
                428);
        assertEquals(
                before + 1,
                registryClerk.get(PATH).jsonArray().size(),
                "a used challenge opens no second request");
        assertEquals(
                201,
                registryClerk.post(PATH, requestBody("Am Schalter aufgenommen")).status(),
                "staff need no challenge");
    }

    @Test
    void onlyCivilRegistryStaffWorkTheBackOffice() {
        assertProblem(citizen.get(PATH), 401);
        assertProblem(citizen.as("kfz-schalter", "demo").get(PATH), 403);
        long id = request("Dritter Antrag").json().getJsonNumber("id").longValue();
        assertProblem(citizen.as("abh-leitung", "demo").post(PATH + "/" + id + "/start", ""), 403);
        assertEquals(200, citizen.as("standesamt-leitung", "demo").get(PATH).status());
    }

    private Reply request(String subject) {
        Reply reply = citizen.post(PATH, requestBody(subject));
        assertEquals(201, reply.status(), reply.toString());
        return reply;
    }

    private static String requestBody(String subject) {
        return "{\"kind\":\"BIRTH\",\"subjectName\":\""
                + subject
                + "\",\"eventDate\":\"1990-05-17\",\"copies\":2,"
                + "\"requesterName\":\""
                + subject
                + "\",\"email\":\"antrag@example.org\","
                + "\"address\":{\"street\":\"Lindenweg 4\",\"postcode\":\"12345\",\"city\":\"Musterstadt\"}}";
    }
}
