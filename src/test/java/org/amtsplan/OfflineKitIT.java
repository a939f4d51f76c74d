package org.amtsplan;

import static org.amtsplan.BookingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.FixedClock;
import org.amtsplan.testing.QrCodes;
import org.amtsplan.testing.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The offline kit over HTTP: printable day lists, the export to a folder, paper reconciliation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineKitIT {

    static final String UNIT = "civil-registry";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atFixedTime(
                Deployments.modules("org.amtsplan.disruption", "org.amtsplan.registryoffice"));
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient clerk;
    String location;
    String base;

    @BeforeEach
    void locationWithFiveMinuteSlots() {
        clerk = ApiClient.at(deploymentUrl).as("standesamt-leitung", "demo");
        location = "o-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                ApiClient.at(deploymentUrl)
                        .as("admin", "demo")
                        .post(
                                "/api/locations",
                                "{\"id\":\""
                                        + location
                                        + "\",\"name\":\"Standesamt "
                                        + location
                                        + "\",\"address\":\"Papierweg 1\"}"),
                201);
        ok(
                clerk.put(
                        "/api/units/" + UNIT + "/locations/" + location + "/opening-hours",
                        "{\"slotMinutes\":5,\"weekly\":["
                                + Arrays.stream(DayOfWeek.values())
                                        .map(
                                                d ->
                                                        "{\"day\":\""
                                                                + d
                                                                + "\",\"from\":\"00:00\",\"to\":\"23:55\",\"counters\":4}")
                                        .collect(Collectors.joining(","))
                                + "]}"),
                200);
        base = "/api/units/" + UNIT + "/locations/" + location;
    }

    @Test
    void theDayListIsAPrintablePdfAndASpreadsheetCsvWithEveryAppointment() throws Exception {
        LocalDate day = FixedClock.today().plusDays(2);
        JsonObject first = book(day.atTime(9, 0), "Şükrü Öztürk");
        JsonObject second = book(day.atTime(9, 30), "Anna Müller");
        JsonObject cancelled = book(day.atTime(10, 0), "Bernd Absage");
        assertEquals(
                204,
                ApiClient.at(deploymentUrl)
                        .delete(
                                "/api/appointments/"
                                        + cancelled.getString("code")
                                        + "?token="
                                        + cancelled.getString("token"))
                        .status());

        byte[] pdf = download(base + "/day-list?date=" + day, "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(
                    842, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4 landscape");
            String text = new PDFTextStripper().getText(document);
            assertTrue(
                    text.contains("Standesamt – Standesamt " + location)
                            || text.contains("Standesamt " + location),
                    text);
            assertTrue(text.contains("Seite 1 von 1"), text);
            for (JsonObject a : List.of(first, second, cancelled)) {
                assertTrue(text.contains(a.getString("code")), a.getString("code") + " in " + text);
            }
            assertTrue(
                    text.contains("Sükrü Öztürk"),
                    "a letter the PDF font lacks (Ş) loses only its accent, German umlauts stay: "
                            + text);
            assertTrue(text.contains("Anna Müller"));
            assertTrue(text.contains("CANCELLED"));
        }

        byte[] csvBytes = download(base + "/day-list?date=" + day, "text/csv");
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark so spreadsheets read UTF-8");
        List<CSVRecord> rows =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(csv.substring(1)))
                        .getRecords();
        assertEquals(3, rows.size());
        assertEquals("09:00", rows.get(0).get("Uhrzeit"));
        assertEquals("Şükrü Öztürk", rows.get(0).get("Name"), "the CSV keeps every name exactly");
        assertEquals(first.getString("code"), rows.get(0).get("Code"));

        assertProblem(clerk.get(base + "/day-list?date=übermorgen", "Accept", "text/csv"), 422);
        assertProblem(
                ApiClient.at(deploymentUrl)
                        .as("kfz-schalter", "demo")
                        .get(base + "/day-list?date=" + day, "Accept", "text/csv"),
                403);
    }

    @Test
    void theExportWritesTodaysListsToTheFolderWithoutHalfWrittenFiles() throws Exception {
        LocalDateTime start = laterToday();
        book(start, "Frau Export");
        Reply exported =
                ApiClient.at(deploymentUrl).as("admin", "demo").post("/api/offline-kit/export", "");
        assertEquals(200, exported.status(), exported.toString());
        String name = start.toLocalDate() + "_" + UNIT + "_" + location;
        List<String> files =
                exported
                        .json()
                        .getJsonArray("files")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(s -> s.getString())
                        .toList();
        assertTrue(
                files.contains(name + ".pdf") && files.contains(name + ".csv"), files.toString());
        Path folder = Path.of(System.getProperty("amtsplan.offlineFolder"));
        assertTrue(
                Files.readString(folder.resolve(name + ".csv"), StandardCharsets.UTF_8)
                        .contains("Frau Export"));
        try (PDDocument document =
                Loader.loadPDF(Files.readAllBytes(folder.resolve(name + ".pdf")))) {
            assertTrue(new PDFTextStripper().getText(document).contains("Frau Export"));
        }
        try (var listing = Files.list(folder)) {
            assertTrue(
                    listing.noneMatch(p -> p.getFileName().toString().endsWith(".part")),
                    "no temporary files are left");
        }
        assertProblem(
                ApiClient.at(deploymentUrl)
                        .as("standesamt-schalter", "demo")
                        .post("/api/offline-kit/export", ""),
                403);
    }

    @Test
    void casesHandledOnPaperAreEnteredAndBadRowsAreReportedByLine() {
        LocalDateTime start = laterToday();
        JsonObject served = book(start, "Clara Papier");
        JsonObject absent = book(start.plusMinutes(5), "Dieter Fehlt");
        String walkInService =
                ok(
                                clerk.post(
                                        "/api/units/" + UNIT + "/services",
                                        "{\"code\":\"o-"
                                                + UUID.randomUUID().toString().substring(0, 8)
                                                + "\",\"name\":\"Auskunft\",\"durationMinutes\":15,\"onlineBookable\":false}"),
                                201)
                        .json()
                        .getString("code");
        String at = start.toLocalDate() + "T" + start.toLocalTime();
        String csv =
                "code;service;clerk;time;outcome;notes\n"
                        + served.getString("code")
                        + ";;Frau Schmidt;"
                        + at
                        + ";erledigt;Geburtsurkunde auf Papier ausgestellt\n"
                        + ";"
                        + walkInService
                        + ";Herr Weber;"
                        + at
                        + ";erledigt;Auskunft gegeben\n"
                        + "AAA-AAA;;Frau Schmidt;"
                        + at
                        + ";erledigt;\n"
                        + served.getString("code")
                        + ";;Frau Schmidt;gestern;erledigt;\n"
                        + absent.getString("code")
                        + ";;Frau Schmidt;"
                        + at
                        + ";NO_SHOW;\n";
        Reply result = clerk.postText(base + "/reconciliation", csv, "text/csv");
        assertEquals(200, result.status(), result.toString());
        assertEquals(3, result.json().getInt("imported"));
        assertEquals(
                List.of(4, 5),
                result.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getInt("line"))
                        .toList());
        assertEquals("COMPLETED", status(served));
        assertEquals("NO_SHOW", status(absent));
        assertEquals(
                3,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ?", location),
                "bad rows stored nothing");
        assertEquals(
                2,
                TestDatabase.number(
                        "select count(*) from sch_case c join sch_ticket t on t.id = c.ticket_id where t.location_id = ?",
                        location));

        Reply again =
                clerk.postText(
                        base + "/reconciliation",
                        "code;service;clerk;time;outcome;notes\n"
                                + served.getString("code")
                                + ";;Frau Schmidt;"
                                + at
                                + ";erledigt;\n",
                        "text/csv");
        assertEquals(0, again.json().getInt("imported"), "a case is entered once");
        assertProblem(clerk.postText(base + "/reconciliation", "wer;was\n1;2\n", "text/csv"), 422);
    }

    @Test
    void aSignedConfirmationChecksOutOfflineAndATamperedOneDoesNot() throws Exception {
        JsonObject appointment =
                book(FixedClock.today().plusDays(3).atTime(11, 0), "Erika Mustermann");
        String code = appointment.getString("code");
        String token = appointment.getString("token");
        Reply signed =
                ApiClient.at(deploymentUrl).get("/api/confirmations/" + code + "?token=" + token);
        assertEquals(200, signed.status(), signed.toString());
        String payload = signed.json().getString("payload");
        assertTrue(payload.startsWith("AP1."), payload);
        assertProblem(
                ApiClient.at(deploymentUrl).get("/api/confirmations/" + code + "?token=wrong"),
                404);

        HttpResponse<byte[]> png =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + deploymentUrl.getPort()
                                                                + "/api/confirmations/"
                                                                + code
                                                                + "?token="
                                                                + token))
                                        .header("Accept", "image/png")
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals(payload, QrCodes.read(png.body()), "the QR code carries the payload");

        Reply page = ApiClient.at(deploymentUrl).get("/api/verify");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertFalse(
                page.body().contains("http://")
                        || page.body().contains("https://")
                        || page.body().contains("src=\""),
                "the page loads nothing from anywhere");
        Path saved =
                Path.of(
                        System.getProperty("amtsplan.buildDir", "target"),
                        "verify-" + code + ".html");
        Files.writeString(saved, page.body(), StandardCharsets.UTF_8);

        String[] parts = payload.split("\\.");
        String body =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(code, "ZZZ-ZZZ");
        String tampered =
                parts[0]
                        + "."
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(body.getBytes(StandardCharsets.UTF_8))
                        + "."
                        + parts[2];

        String valid = OfflineBrowser.render(saved, payload);
        assertTrue(valid.contains("data-valid=\"true\""), valid);
        assertTrue(valid.contains(code));
        assertTrue(valid.contains("EM"), "the initials are shown");
        String invalid = OfflineBrowser.render(saved, tampered);
        assertTrue(invalid.contains("data-valid=\"false\""), invalid);
    }

    private LocalDateTime laterToday() {
        return FixedClock.now().plusMinutes(20);
    }

    private JsonObject book(LocalDateTime start, String name) {
        String service = "geburtsurkunde";
        Reply booked =
                clerk.post(
                        "/api/appointments",
                        "{\"service\":\""
                                + service
                                + "\",\"location\":\""
                                + location
                                + "\",\"start\":\""
                                + start
                                + ":00\",\"name\":\""
                                + name
                                + "\",\"phone\":\"+49 30 123\"}");
        assertEquals(201, booked.status(), booked.toString());
        return booked.json();
    }

    private String status(JsonObject appointment) {
        return ApiClient.at(deploymentUrl)
                .get(
                        "/api/appointments/"
                                + appointment.getString("code")
                                + "?token="
                                + appointment.getString("token"))
                .json()
                .getString("status");
    }

    private byte[] download(String path, String accept) throws Exception {
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + deploymentUrl.getPort()
                                                                + path))
                                        .header("Accept", accept)
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(
                                                                        "standesamt-leitung:demo"
                                                                                .getBytes(
                                                                                        StandardCharsets
                                                                                                .UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(
                200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        return response.body();
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }
}
