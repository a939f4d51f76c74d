package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.QrCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail through a real SMTP server (GreenMail): the confirmation request and the confirmation with
 * its calendar file, each once and in the citizen's language; the mail server away and back with
 * nothing lost or doubled; the notices of a disruption and its replacement proposal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ServerSetup SMTP =
            new ServerSetup(
                    Integer.getInteger("amtsplan.smtpPort", 3325),
                    "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules(
                "org.amtsplan.notification",
                "org.amtsplan.disruption",
                "org.amtsplan.registryoffice");
    }

    @ArquillianResource URL deploymentUrl;

    GreenMail mailServer;
    ApiClient citizen;
    ApiClient admin;
    String location;
    LocalDate day;

    @BeforeEach
    void mailServerAndLocation() {
        mailServer = new GreenMail(SMTP);
        mailServer.start();
        citizen = ApiClient.at(deploymentUrl);
        admin = citizen.as("admin", "demo");
        location = "n-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Post "
                                + location
                                + "\",\"address\":\"Briefweg 5\"}"),
                201);
        ok(
                admin.put(
                        "/api/units/civil-registry/locations/" + location + "/opening-hours",
                        "{\"slotMinutes\":15,\"weekly\":["
                                + Arrays.stream(DayOfWeek.values())
                                        .map(
                                                d ->
                                                        "{\"day\":\""
                                                                + d
                                                                + "\",\"from\":\"08:00\",\"to\":\"12:00\",\"counters\":5}")
                                        .collect(Collectors.joining(","))
                                + "]}"),
                200);
        ok(
                admin.put(
                        "/api/units/civil-registry/rules",
                        "{\"minLeadMinutes\":60,\"maxOpenPerContact\":50}"),
                200);
        day = LocalDate.now(BERLIN).plusDays(3);
    }

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void aCitizenIsAskedToConfirmThenGetsTheConfirmationWithCalendarFileAndQrCodeEachOnce()
            throws Exception {
        String email = "anna-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        JsonObject booked =
                ok(
                                citizen.post(
                                        "/api/appointments",
                                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + day
                                                + "T09:00:00\",\"name\":\"Anna Smith\",\"email\":\""
                                                + email
                                                + "\",\"language\":\"en\"}"),
                                201)
                        .json();
        String code = booked.getString("code");
        MimeMessage request = awaitMessages(email, 1).get(0);
        assertEquals("Please confirm your appointment " + code, request.getSubject());
        String text = (String) request.getContent();
        assertTrue(
                text.contains(
                        "/termin.html?lang=en#code="
                                + code
                                + "&token="
                                + booked.getString("token")
                                + "&action=confirm"),
                text);

        ok(
                citizen.post(
                        "/api/appointments/" + code + "/confirm?token=" + booked.getString("token"),
                        ""),
                200);
        List<MimeMessage> both = awaitMessages(email, 2);
        MimeMessage confirmation = both.get(1);
        assertEquals("Your appointment " + code + " is booked", confirmation.getSubject());
        MimeMultipart parts = (MimeMultipart) confirmation.getContent();
        BodyPart ics = parts.getBodyPart(1);
        assertTrue(ics.getContentType().startsWith("text/calendar"), ics.getContentType());
        var calendar =
                new CalendarBuilder()
                        .build(
                                new StringReader(
                                        new String(
                                                ics.getInputStream().readAllBytes(),
                                                java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(calendar.getComponents("VEVENT").get(0).toString().contains(code));
        assertTrue(
                ((String) parts.getBodyPart(0).getContent()).contains("QR code"),
                "the mail says what the QR code is for");
        BodyPart qrCode = parts.getBodyPart(2);
        assertTrue(qrCode.getContentType().startsWith("image/png"), qrCode.getContentType());
        String signed =
                ok(
                                citizen.get(
                                        "/api/confirmations/"
                                                + code
                                                + "?token="
                                                + booked.getString("token")),
                                200)
                        .json()
                        .getString("payload");
        assertEquals(
                signed,
                QrCodes.read(qrCode.getInputStream().readAllBytes()),
                "the mail's QR code carries the signed confirmation");

        ok(
                citizen.post(
                        "/api/appointments/"
                                + code
                                + "/reschedule?token="
                                + booked.getString("token"),
                        "{\"start\":\"" + day + "T10:30:00\"}"),
                200);
        MimeMessage moved = awaitMessages(email, 3).get(2);
        assertEquals("Your appointment " + code + " has been moved", moved.getSubject());
        MimeMultipart movedParts = (MimeMultipart) moved.getContent();
        assertTrue(
                ((String) movedParts.getBodyPart(0).getContent()).contains("10:30"),
                "the new time is in the mail");
        assertTrue(
                QrCodes.read(movedParts.getBodyPart(2).getInputStream().readAllBytes())
                        .startsWith("AP1."));
        Thread.sleep(7_000);
        assertEquals(3, mailServer.getReceivedMessagesForDomain(email).length, "each message once");
    }

    @Test
    void messagesWaitWhileTheMailServerIsAwayAndArriveOnceWhenItIsBack() throws Exception {
        mailServer.stop();
        List<String> emails = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email =
                    "weg" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            emails.add(email);
            String start = day + "T11:" + (i == 0 ? "00" : String.valueOf(15 * i)) + ":00";
            codes.add(
                    ok(
                                    citizen.post(
                                            "/api/appointments",
                                            "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                    + location
                                                    + "\",\"start\":\""
                                                    + start
                                                    + "\",\"name\":\"Bernd Warte\",\"email\":\""
                                                    + email
                                                    + "\"}"),
                                    201)
                            .json()
                            .getString("code"));
        }
        Thread.sleep(8_000);
        List<String> waiting =
                admin
                        .get("/api/notifications/outbox")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(p -> p.getString("appointment"))
                        .toList();
        assertTrue(waiting.containsAll(codes), "unsent messages are visible: " + waiting);
        assertProblem(
                citizen.as("standesamt-schalter", "demo").get("/api/notifications/outbox"), 403);

        mailServer = new GreenMail(SMTP);
        mailServer.start();
        for (String email : emails) {
            awaitMessages(email, 1);
        }
        Thread.sleep(7_000);
        for (String email : emails) {
            assertEquals(
                    1,
                    mailServer.getReceivedMessagesForDomain(email).length,
                    "exactly once: " + email);
        }
    }

    @Test
    void theDayBeforeEachAppointmentIsRemindedOnce() throws Exception {
        String email = "morgen-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String code =
                ok(
                                admin.post(
                                        "/api/appointments",
                                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + LocalDate.now(BERLIN).plusDays(1)
                                                + "T11:45:00\",\"name\":\"Rita Morgen\",\"email\":\""
                                                + email
                                                + "\"}"),
                                201)
                        .json()
                        .getString("code");
        awaitMessages(email, 1);
        assertProblem(
                citizen.as("standesamt-schalter", "demo").post("/api/notifications/reminders", ""),
                403);
        // the job also runs by itself every ten minutes; whichever writes it, the citizen gets one
        // reminder
        ok(admin.post("/api/notifications/reminders", ""), 200);
        MimeMessage reminder = awaitMessages(email, 2).get(1);
        assertEquals("Erinnerung: Ihr Termin " + code + " morgen", reminder.getSubject());
        MimeMultipart parts = (MimeMultipart) reminder.getContent();
        assertTrue(
                ((String) parts.getBodyPart(0).getContent()).contains("11:45"),
                "the time is in the reminder");
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/calendar"));
        ok(admin.post("/api/notifications/reminders", ""), 200);
        Thread.sleep(7_000);
        assertEquals(
                2,
                mailServer.getReceivedMessagesForDomain(email).length,
                "one reminder, however often the job runs");
    }

    @Test
    void theAffectedHearOfTheDisruptionAndTheirReplacement() throws Exception {
        String email = "stoer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        JsonObject booked =
                ok(
                                admin.post(
                                        "/api/appointments",
                                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + day
                                                + "T09:00:00\",\"name\":\"Doris Dunkel\",\"email\":\""
                                                + email
                                                + "\"}"),
                                201)
                        .json();
        awaitMessages(email, 1);
        String id =
                ok(
                                admin.post(
                                        "/api/disruptions",
                                        "{\"locations\":[\""
                                                + location
                                                + "\"],\"units\":[\"civil-registry\"],"
                                                + "\"from\":\""
                                                + day
                                                + "T08:00:00\",\"to\":\""
                                                + day
                                                + "T12:00:00\",\"reason\":\"Stromausfall\"}"),
                                201)
                        .json()
                        .getString("id");
        MimeMessage notice = awaitMessages(email, 2).get(1);
        assertEquals(
                "Wir müssen Ihren Termin " + booked.getString("code") + " absagen",
                notice.getSubject());
        Thread.sleep(1_000); // the dispatcher marks the message sent right after the server took it
        assertEquals(
                1,
                admin.get("/api/disruptions/" + id).json().getInt("notified"),
                "progress counts the delivered notice");
        ok(
                admin.post(
                        "/api/units/civil-registry/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + day.plusDays(1)
                                + "\",\"from\":\"14:00\",\"to\":\"15:00\",\"counters\":1,\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200);
        MimeMessage proposal = awaitMessages(email, 3).get(2);
        assertEquals(
                "Ersatztermin für Ihren Termin " + booked.getString("code"), proposal.getSubject());
        MimeMultipart proposalParts = (MimeMultipart) proposal.getContent();
        String text = (String) proposalParts.getBodyPart(0).getContent();
        assertTrue(text.contains("14:00"), text);
        String event =
                new CalendarBuilder()
                        .build(
                                new StringReader(
                                        new String(
                                                proposalParts
                                                        .getBodyPart(1)
                                                        .getInputStream()
                                                        .readAllBytes(),
                                                java.nio.charset.StandardCharsets.UTF_8)))
                        .getComponents("VEVENT")
                        .get(0)
                        .toString();
        assertTrue(event.contains("TENTATIVE"), "a proposal, not yet a booking: " + event);
        assertTrue(
                event.contains(
                        "DTSTART:"
                                + day.plusDays(1)
                                        .atTime(14, 0)
                                        .atZone(BERLIN)
                                        .withZoneSameInstant(java.time.ZoneOffset.UTC)
                                        .format(
                                                java.time.format.DateTimeFormatter.ofPattern(
                                                        "yyyyMMdd'T'HHmmss'Z'"))),
                "the calendar file holds the replacement's time: " + event);
        assertTrue(
                text.contains(
                        "/termin.html#code="
                                + booked.getString("code")
                                + "&token="
                                + booked.getString("token")
                                + "&action=replacement"),
                text);
    }

    @Test
    void peopleToCallBackInsideADisruptionGetTheProposalMailWhicheverCameFirst() throws Exception {
        ApiClient clerk = citizen.as("standesamt-schalter", "demo");
        String before = "rueck-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String after = "spaet-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        callback(clerk, day.atTime(9, 30), "Rita Rückruf", before, "de");
        String id =
                ok(
                                admin.post(
                                        "/api/disruptions",
                                        "{\"locations\":[\""
                                                + location
                                                + "\"],\"units\":[\"civil-registry\"],"
                                                + "\"from\":\""
                                                + day
                                                + "T08:00:00\",\"to\":\""
                                                + day
                                                + "T12:00:00\",\"reason\":\"Stromausfall\"}"),
                                201)
                        .json()
                        .getString("id");
        callback(clerk, day.atTime(10, 0), "Sam Later", after, "en");
        assertEquals(2, admin.get("/api/disruptions/" + id).json().getInt("callbacks"));
        ok(
                admin.post(
                        "/api/units/civil-registry/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + day.plusDays(1)
                                + "\",\"from\":\"14:00\",\"to\":\"15:00\",\"counters\":1,\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        assertEquals(
                2,
                ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200)
                        .json()
                        .getInt("proposed"));

        // they had no appointment: the mail says they could not be served that day, in their
        // language
        MimeMessage german = awaitMessages(before, 1).get(0);
        String dayDe =
                day.format(
                        java.time.format.DateTimeFormatter.ofPattern(
                                "d. MMMM yyyy", java.util.Locale.GERMAN));
        assertEquals(
                "Terminvorschlag: Sie konnten am " + dayDe + " nicht bedient werden",
                german.getSubject());
        String text = (String) ((MimeMultipart) german.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("14:00"), "in the reserved capacity: " + text);
        assertTrue(
                text.contains("Sie konnten am ")
                        && text.contains(dayDe + ", 09:30 Uhr wegen einer Störung")
                        && text.contains(
                                "nicht bedient werden. Wir schlagen Ihnen diesen Termin vor"),
                text);
        assertTrue(!text.contains("Ihren Termin") && !text.contains("Ihr Termin:"), text);
        MimeMessage english = awaitMessages(after, 1).get(0);
        assertTrue(
                english.getSubject().startsWith("Appointment proposal: we could not serve you on"),
                english.getSubject());
        String englishText =
                (String) ((MimeMultipart) english.getContent()).getBodyPart(0).getContent();
        assertTrue(englishText.contains("14:15"), englishText);
        assertTrue(englishText.contains("we could not serve you on"), englishText);
        assertTrue(
                !englishText.toLowerCase(java.util.Locale.ROOT).contains("your appointment"),
                englishText);
        java.util.regex.Matcher link =
                java.util.regex.Pattern.compile(
                                "#code=([A-Z0-9-]+)&token=([^&\\s]+)&action=replacement")
                        .matcher(englishText);
        assertTrue(link.find(), englishText);
        JsonObject samsPage =
                ok(
                                citizen.get(
                                        "/api/appointments/"
                                                + link.group(1)
                                                + "?token="
                                                + link.group(2)),
                                200)
                        .json();
        assertTrue(samsPage.getBoolean("unserved"), "the page the link opens says so too");

        List<JsonObject> listed =
                ok(
                                admin.get(
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
                List.of("PROPOSED", "PROPOSED"),
                listed.stream().map(c -> c.getString("status")).toList());
        assertEquals(link.group(1), listed.get(1).getJsonObject("replacement").getString("code"));

        // Sam accepts by the link in the mail, like every disrupted citizen
        JsonObject accepted =
                ok(
                                citizen.post(
                                        "/api/appointments/"
                                                + link.group(1)
                                                + "/replacement/accept?token="
                                                + link.group(2),
                                        ""),
                                200)
                        .json();
        JsonObject sam =
                admin.get(
                                "/api/units/civil-registry/locations/"
                                        + location
                                        + "/callbacks?from="
                                        + day
                                        + "&to="
                                        + day)
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .get(1);
        assertEquals("DONE", sam.getString("status"));
        assertEquals(
                accepted.getString("code"), sam.getJsonObject("replacement").getString("code"));
        assertEquals(1, admin.get("/api/disruptions/" + id).json().getInt("accepted"));
        Thread.sleep(3_000);
        assertEquals(
                1,
                mailServer.getReceivedMessagesForDomain(before).length,
                "no cancellation notice: nothing of theirs was cancelled");
    }

    private void callback(
            ApiClient as, java.time.LocalDateTime at, String name, String email, String language) {
        Reply recorded =
                as.post(
                        "/api/test-only/callbacks",
                        "{\"unit\":\"civil-registry\",\"location\":\""
                                + location
                                + "\",\"at\":\""
                                + at.atZone(BERLIN).toInstant()
                                + "\",\"name\":\""
                                + name
                                + "\",\"service\":\"geburtsurkunde\",\"email\":\""
                                + email
                                + "\",\"language\":\""
                                + language
                                + "\"}");
        assertEquals(201, recorded.status(), recorded.toString());
    }

    private List<MimeMessage> awaitMessages(String email, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] received = mailServer.getReceivedMessagesForDomain(email);
            if (received.length >= count) {
                return List.of(received);
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "fewer than " + count + " messages for " + email + " within two minutes");
    }

    private static void assertProblem(Reply reply, int status) {
        BookingIT.assertProblem(reply, status);
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }
}
