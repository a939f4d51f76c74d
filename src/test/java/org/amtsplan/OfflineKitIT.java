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

    // ---------------------------------------------------------------- the offline counter

    @Test
    void devicesGetTheirOwnNumberBlocksAndTheServerNumberingSkipsThem() {
        JsonObject first = device("Laptop Schalter 1");
        JsonObject second = device("Tablet Schalter 2");
        assertEquals(500, first.getJsonObject("numbers").getInt("from"), first.toString());
        assertEquals(549, first.getJsonObject("numbers").getInt("to"));
        assertEquals(550, second.getJsonObject("numbers").getInt("from"), "never shared");
        assertEquals(599, second.getJsonObject("numbers").getInt("to"));
        assertEquals("standesamt-leitung", first.getString("registeredBy"));
        assertTrue(!first.containsKey("revokedAt") || first.isNull("revokedAt"));
        assertEquals(2, ok(clerk.get(base + "/offline-devices"), 200).jsonArray().size());

        // the server has handed out 499 numbers today: its next one jumps over both blocks
        TestDatabase.update(
                "insert into sch_ticket_number (unit_id, location_id, day, last_number) values (?, ?, ?, 499)"
                        + " on duplicate key update last_number = 499",
                UNIT,
                location,
                FixedClock.today());
        String prefix = first.getString("ticketPrefix");
        String number =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\"}}"),
                                201)
                        .json()
                        .getString("number");
        assertEquals(prefix + "600", number);
        // a third device gets numbers above every block and above today's numbers
        assertEquals(601, device("Laptop 3").getJsonObject("numbers").getInt("from"), "above K600");

        ApiClient stranger = ApiClient.at(deploymentUrl).as("kfz-schalter", "demo");
        String device = "/api/offline-devices/" + first.getString("id");
        for (Reply refused :
                List.of(
                        stranger.post(base + "/offline-devices", "{\"name\":\"Fremd\"}"),
                        stranger.get(base + "/offline-devices"),
                        stranger.get(base + "/offline-copy"),
                        stranger.delete(device),
                        stranger.post(device + "/actions", "{\"actions\":[]}"),
                        stranger.get(device + "/actions?result=CONFLICT"),
                        stranger.post(device + "/actions/" + UUID.randomUUID() + "/dismiss", ""))) {
            assertProblem(refused, 403);
        }
        assertProblem(
                ApiClient.at(deploymentUrl).as("standesamt-schalter", "demo").delete(device), 403);
        assertProblem(clerk.post(base + "/offline-devices", "{\"name\":\"\"}"), 422);
    }

    @Test
    void theLocalCopyHoldsTheAppointmentsServicesAndKeyOfItsUnitOnly() {
        JsonObject appointment = book(laterToday(), "Olga Offline");
        // a callback's stand-in (kernel flag unserved): nobody comes, the turned-away name stays
        JsonObject standIn = book(laterToday().plusMinutes(5), "Siegfried Stellvertretung");
        TestDatabase.update(
                "update sch_appointment set unserved = 1 where code = ?",
                standIn.getString("code"));
        // someone drew a server number: the offline desk must be able to call them
        String waiting =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\",\"name\":\"Wanda Wartend\"}}"),
                                201)
                        .json()
                        .getString("number");
        JsonObject copy = ok(clerk.get(base + "/offline-copy"), 200).json();
        JsonObject ticket =
                copy.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                        .filter(t -> t.getString("number").equals(waiting))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(copy.toString()));
        assertEquals("Wanda Wartend", ticket.getString("name"));
        assertEquals("WALK_IN", ticket.getString("kind"));
        assertEquals("WAITING", ticket.getString("status"));
        assertEquals("geburtsurkunde", ticket.getString("service"));
        assertFalse(ticket.getString("serviceName").isBlank());
        assertEquals(FixedClock.today().toString(), ticket.getString("day"));
        assertFalse(ticket.getString("waitingSince").isBlank());
        assertTrue(
                copy.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                        .allMatch(
                                t ->
                                        List.of("WAITING", "CALLED", "IN_SERVICE", "PARKED")
                                                .contains(t.getString("status"))),
                "open tickets only: " + copy.getJsonArray("tickets"));
        assertEquals(FixedClock.today().toString(), copy.getJsonArray("days").getString(0));
        assertEquals(3, copy.getJsonArray("days").size());
        assertEquals(UNIT, copy.getJsonObject("unit").getString("id"));
        JsonObject listed =
                copy.getJsonArray("appointments").getValuesAs(JsonObject.class).stream()
                        .filter(a -> a.getString("code").equals(appointment.getString("code")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(copy.toString()));
        assertEquals("Olga Offline", listed.getString("name"));
        assertFalse(
                copy.getJsonArray("appointments").toString().contains("Stellvertretung"),
                "no callback stand-in: " + copy.getJsonArray("appointments"));
        assertEquals("geburtsurkunde", listed.getString("service"));
        assertFalse(listed.getString("serviceName").isBlank());
        assertTrue(listed.getInt("durationMinutes") > 0);
        assertTrue(listed.containsKey("documents"), listed.toString());
        assertTrue(!listed.containsKey("ticket") || listed.isNull("ticket"));
        assertTrue(
                copy.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.getString("code").equals("geburtsurkunde")));
        assertTrue(
                copy.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                        .anyMatch(
                                s ->
                                        s.getJsonArray("documents")
                                                .toString()
                                                .contains("Personalausweis")),
                "the documents to bring: " + copy.getJsonArray("services"));
        assertTrue(
                copy.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                        .noneMatch(s -> s.getString("code").startsWith("kfz-")),
                "nothing of another unit");
        assertFalse(copy.getJsonArray("outcomes").isEmpty());
        assertFalse(copy.getJsonArray("counters").isEmpty());
        assertTrue(copy.getString("confirmationKey").length() > 40, copy.toString());
        String english =
                ok(clerk.get(base + "/offline-copy", "Accept-Language", "en"), 200)
                        .json()
                        .getJsonArray("outcomes")
                        .getJsonObject(0)
                        .getString("label");
        assertEquals("done", english);
    }

    @Test
    void aSynchronisedBatchKeepsEveryOriginalTimeAndARepeatChangesNothing() throws Exception {
        JsonObject device = device("Laptop Schalter 3");
        String prefix = device.getString("ticketPrefix");
        String actions = "/api/offline-devices/" + device.getString("id") + "/actions";
        JsonObject appointment = book(laterToday(), "Paula Pünktlich");
        String today = FixedClock.today().toString();
        String batch =
                batch(
                        action(
                                1,
                                today + "T09:50:00+02:00",
                                "check-in",
                                "\"appointmentCode\":\""
                                        + appointment.getString("code")
                                        + "\",\"number\":\""
                                        + prefix
                                        + "500\""),
                        action(
                                2,
                                today + "T09:52:00+02:00",
                                "walk-in",
                                "\"number\":\""
                                        + prefix
                                        + "501\",\"service\":\"geburtsurkunde\",\"name\":\"Willi Walk\""),
                        // sent out of order: the sequence decides
                        action(
                                4,
                                today + "T09:56:00+02:00",
                                "start",
                                "\"ticket\":\"" + prefix + "500\""),
                        action(
                                3,
                                today + "T09:55:00+02:00",
                                "call",
                                "\"ticket\":\"" + prefix + "500\",\"counter\":\"2\""),
                        action(
                                5,
                                today + "T09:57:00+02:00",
                                "draft",
                                "\"ticket\":\""
                                        + prefix
                                        + "500\",\"notes\":\"Ausweis fehlt\",\"documentsReceived\":[\"Personalausweis\"]"),
                        action(
                                6,
                                today + "T09:59:00+02:00",
                                "finish",
                                "\"ticket\":\""
                                        + prefix
                                        + "500\",\"outcome\":\"erledigt\",\"notes\":\"Urkunde ausgestellt\""));
        List<JsonObject> results = results(ok(clerk.post(actions, batch), 200));
        assertEquals(6, results.size());
        results.forEach(r -> assertEquals("APPLIED", r.getString("result"), r.toString()));
        assertEquals(prefix + "500", results.get(0).getJsonObject("ticket").getString("number"));
        assertEquals("DONE", results.get(5).getJsonObject("ticket").getString("status"));
        long ticketId = results.get(0).getJsonObject("ticket").getJsonNumber("id").longValue();

        JsonObject ticket = ok(clerk.get("/api/tickets/" + ticketId), 200).json();
        assertEquals(
                today + "T09:50:00+02:00", ticket.getString("waitingSince"), ticket.toString());
        assertEquals(today + "T09:55:00+02:00", ticket.getString("calledAt"));
        JsonObject caseView = ticket.getJsonObject("caseRecord");
        assertEquals(
                today + "T09:56:00+02:00", caseView.getString("startedAt"), caseView.toString());
        assertEquals(today + "T09:59:00+02:00", caseView.getString("endedAt"));
        assertEquals("Urkunde ausgestellt", caseView.getString("notes"));
        assertEquals("COMPLETED", status(appointment));
        assertEquals(
                4,
                TestDatabase.number(
                        "select count(*) from sch_appointment_history h join sch_appointment a on a.id = h.appointment_id"
                                + " where a.code = ? and h.at between ? and ? and h.actor = 'standesamt-leitung'",
                        appointment.getString("code"),
                        java.sql.Timestamp.from(
                                java.time.OffsetDateTime.parse(today + "T09:50:00+02:00")
                                        .toInstant()),
                        java.sql.Timestamp.from(
                                java.time.OffsetDateTime.parse(today + "T09:59:00+02:00")
                                        .toInstant())),
                "checked in, called, in service, completed: each at its offline time");
        JsonObject figures =
                ok(
                                clerk.get(
                                        "/api/statistics?unit="
                                                + UNIT
                                                + "&location="
                                                + location
                                                + "&from="
                                                + today
                                                + "&to="
                                                + today),
                                200)
                        .json()
                        .getJsonObject("totals");
        assertEquals(
                5.0, figures.getJsonNumber("averageWaitMinutes").doubleValue(), figures.toString());
        assertEquals(1, figures.getInt("walkIns"));

        long tickets =
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ?", location);
        long history = TestDatabase.number("select count(*) from sch_appointment_history");
        long ledger = ledgerRows(device);
        List<JsonObject> again = results(ok(clerk.post(actions, batch), 200));
        again.forEach(r -> assertEquals("ALREADY_DONE", r.getString("result"), r.toString()));
        assertEquals(
                ticketId, again.get(0).getJsonObject("ticket").getJsonNumber("id").longValue());
        assertEquals(
                tickets,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ?", location));
        assertEquals(history, TestDatabase.number("select count(*) from sch_appointment_history"));
        assertEquals(ledger, ledgerRows(device));

        String reusedId = results.get(1).getString("id");
        JsonObject reused =
                results(
                                ok(
                                        clerk.post(
                                                actions,
                                                batch(
                                                        "{\"id\":\""
                                                                + reusedId
                                                                + "\",\"sequence\":2,\"at\":\""
                                                                + today
                                                                + "T09:52:00+02:00\",\"type\":\"walk-in\",\"number\":\""
                                                                + prefix
                                                                + "502\",\"service\":\"geburtsurkunde\"}")),
                                        200))
                        .get(0);
        assertEquals("REJECTED", reused.getString("result"));
        assertTrue(
                reused.getJsonObject("problem").getString("detail").contains("ID"),
                reused.toString());

        // two posts of the same new batch at once: each action applies once
        String concurrent =
                batch(
                        action(
                                7,
                                today + "T09:58:00+02:00",
                                "walk-in",
                                "\"number\":\"" + prefix + "503\",\"service\":\"geburtsurkunde\""),
                        action(
                                8,
                                today + "T09:58:30+02:00",
                                "walk-in",
                                "\"number\":\"" + prefix + "504\",\"service\":\"geburtsurkunde\""));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var one = pool.submit(() -> clerk.post(actions, concurrent));
            var two = pool.submit(() -> clerk.post(actions, concurrent));
            List<String> seen = new java.util.ArrayList<>();
            for (Reply reply : List.of(one.get(), two.get())) {
                results(ok(reply, 200)).forEach(r -> seen.add(r.getString("result")));
            }
            assertEquals(2, seen.stream().filter("APPLIED"::equals).count(), seen.toString());
            assertEquals(2, seen.stream().filter("ALREADY_DONE"::equals).count(), seen.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(
                tickets + 2,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ?", location));
    }

    @Test
    void conflictsAreListedUntilDismissedAndBadActionsAreRejectedInTheCallersLanguage() {
        JsonObject device = device("Laptop Schalter 4");
        String prefix = device.getString("ticketPrefix");
        String actions = "/api/offline-devices/" + device.getString("id") + "/actions";
        JsonObject cancelled = book(laterToday(), "Carla Storniert");
        assertEquals(
                204,
                ApiClient.at(deploymentUrl)
                        .delete(
                                "/api/appointments/"
                                        + cancelled.getString("code")
                                        + "?token="
                                        + cancelled.getString("token"))
                        .status());
        String today = FixedClock.today().toString();
        String at = today + "T09:40:00+02:00";
        List<JsonObject> results =
                results(
                        ok(
                                clerk.post(
                                        actions,
                                        batch(
                                                action(
                                                        1,
                                                        at,
                                                        "check-in",
                                                        "\"appointmentCode\":\""
                                                                + cancelled.getString("code")
                                                                + "\",\"number\":\""
                                                                + prefix
                                                                + "500\""),
                                                action(
                                                        2,
                                                        at,
                                                        "walk-in",
                                                        "\"number\":\""
                                                                + prefix
                                                                + "501\",\"service\":\"geburtsurkunde\""),
                                                action(
                                                        3,
                                                        today + "T09:41:00+02:00",
                                                        "start",
                                                        "\"ticket\":\"" + prefix + "501\""),
                                                action(
                                                        4,
                                                        at,
                                                        "start",
                                                        "\"ticket\":\"" + prefix + "549\""))),
                                200));
        assertEquals(
                List.of("CONFLICT", "APPLIED", "CONFLICT", "CONFLICT"),
                results.stream().map(r -> r.getString("result")).toList(),
                results.toString());
        assertTrue(results.get(0).getJsonObject("problem").containsKey("detail"));
        List<JsonObject> conflicts =
                ok(clerk.get(actions + "?result=CONFLICT"), 200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(3, conflicts.size(), conflicts.toString());
        assertEquals("check-in", conflicts.get(0).getString("type"));
        assertEquals(at, conflicts.get(0).getString("at"));
        // the action as received, so a page that lost its own list can show and resend it
        assertEquals(
                cancelled.getString("code"),
                conflicts.get(0).getJsonObject("action").getString("appointmentCode"));
        assertEquals(prefix + "500", conflicts.get(0).getJsonObject("action").getString("number"));
        ok(clerk.post(actions + "/" + results.get(0).getString("id") + "/dismiss", ""), 200);
        assertEquals(2, ok(clerk.get(actions + "?result=CONFLICT"), 200).jsonArray().size());
        assertProblem(clerk.post(actions + "/" + UUID.randomUUID() + "/dismiss", ""), 404);
        assertProblem(clerk.get(actions + "?result=MAYBE"), 422);

        String future = java.time.OffsetDateTime.parse(today + "T10:30:00+02:00").toString();
        String ancient = FixedClock.today().minusDays(8) + "T10:00:00+02:00";
        String bad =
                batch(
                        action(10, at, "walk-in", "\"number\":\"" + prefix + "502\""),
                        "{\"id\":\"not-a-uuid\",\"sequence\":11,\"at\":\""
                                + at
                                + "\",\"type\":\"start\",\"ticket\":\""
                                + prefix
                                + "501\"}",
                        action(
                                12,
                                at,
                                "walk-in",
                                "\"number\":\"" + prefix + "499\",\"service\":\"geburtsurkunde\""),
                        action(
                                13,
                                at,
                                "walk-in",
                                "\"number\":\""
                                        + prefix
                                        + "503\",\"service\":\"kfz-ausserbetriebsetzung\""),
                        action(14, future, "start", "\"ticket\":\"" + prefix + "501\""),
                        action(15, ancient, "start", "\"ticket\":\"" + prefix + "501\""),
                        action(16, at, "teleport", ""));
        long ticketsBefore =
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ?", location);
        List<JsonObject> german = results(ok(clerk.post(actions, bad), 200));
        german.forEach(r -> assertEquals("REJECTED", r.getString("result"), r.toString()));
        assertEquals("service", firstError(german.get(0)).getString("field"));
        assertTrue(
                firstError(german.get(0)).getString("message").contains("Pflichtangabe"),
                german.get(0).toString());
        assertEquals("id", firstError(german.get(1)).getString("field"));
        assertTrue(
                firstError(german.get(2))
                        .getString("message")
                        .contains("Nummern " + prefix + "500 bis " + prefix + "549"),
                german.get(2).toString());
        assertTrue(
                firstError(german.get(3)).getString("message").contains("keine Dienstleistung"),
                german.get(3).toString());
        assertTrue(
                firstError(german.get(4)).getString("message").contains("Zukunft"),
                german.get(4).toString());
        assertTrue(
                firstError(german.get(5)).getString("message").contains("7 Tage"),
                german.get(5).toString());
        assertEquals("type", firstError(german.get(6)).getString("field"));
        List<JsonObject> english =
                results(ok(clerk.post(actions, bad, "Accept-Language", "en"), 200));
        assertTrue(
                firstError(english.get(0)).getString("message").contains("required"),
                english.get(0).toString());
        assertTrue(
                firstError(english.get(4)).getString("message").contains("future"),
                english.get(4).toString());
        assertEquals(
                ticketsBefore,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ?", location),
                "bad actions change nothing");
        assertTrue(ledgerRows(device) >= 4 + 6, "rejections are recorded too");

        Reply notJson = clerk.post(actions, "kein json");
        assertProblem(notJson, 400);
        assertProblem(clerk.post(actions, "{}"), 422);
        assertProblem(clerk.post(actions, "{\"actions\":{}}"), 422);
        String tooMany =
                "{\"actions\":["
                        + String.join(",", java.util.Collections.nCopies(501, "{}"))
                        + "]}";
        assertProblem(clerk.post(actions, tooMany), 422);

        assertEquals(204, clerk.delete("/api/offline-devices/" + device.getString("id")).status());
        JsonObject revoked =
                results(
                                ok(
                                        clerk.post(
                                                actions,
                                                batch(
                                                        action(
                                                                20,
                                                                FixedClock.NOW
                                                                        .toOffsetDateTime()
                                                                        .toString(),
                                                                "walk-in",
                                                                "\"number\":\""
                                                                        + prefix
                                                                        + "505\",\"service\":\"geburtsurkunde\""))),
                                        200))
                        .get(0);
        assertEquals("REJECTED", revoked.getString("result"), revoked.toString());
        assertTrue(
                revoked.getJsonObject("problem").getString("detail").contains("gesperrt"),
                revoked.toString());
    }

    @Test
    void oneBadActionIsRefusedAloneAndTheDevicesClockCannotRewriteHistory() {
        JsonObject device = device("Laptop Schalter 5");
        String prefix = device.getString("ticketPrefix");
        String actions = "/api/offline-devices/" + device.getString("id") + "/actions";
        String today = FixedClock.today().toString();
        List<JsonObject> results =
                results(
                        ok(
                                clerk.post(
                                        actions,
                                        batch(
                                                // a tab pasted from a spreadsheet into a name
                                                action(
                                                        1,
                                                        today + "T09:50:00+02:00",
                                                        "walk-in",
                                                        "\"number\":\""
                                                                + prefix
                                                                + "510\",\"service\":\"geburtsurkunde\",\"name\":\"Tina\\tTab\""),
                                                action(
                                                        2,
                                                        today + "T09:51:00+02:00",
                                                        "walk-in",
                                                        "\"number\":\""
                                                                + prefix
                                                                + "511\",\"service\":\"geburtsurkunde\",\"clerk\":\"standesamt-schalter\""),
                                                action(
                                                        3,
                                                        today + "T09:52:00+02:00",
                                                        "call",
                                                        "\"ticket\":\""
                                                                + prefix
                                                                + "511\",\"counter\":\"2\",\"clerk\":\"standesamt-schalter\""),
                                                // a head of another unit may not work here
                                                action(
                                                        4,
                                                        today + "T09:53:00+02:00",
                                                        "walk-in",
                                                        "\"number\":\""
                                                                + prefix
                                                                + "512\",\"service\":\"geburtsurkunde\",\"clerk\":\"kfz-leitung\""),
                                                // K0513 would be stored as another number than K513
                                                action(
                                                        5,
                                                        today + "T09:54:00+02:00",
                                                        "walk-in",
                                                        "\"number\":\""
                                                                + prefix
                                                                + "0513\",\"service\":\"geburtsurkunde\""),
                                                action(
                                                        6,
                                                        today + "T09:56:00+02:00",
                                                        "start",
                                                        "\"ticket\":\"" + prefix + "511\""),
                                                // finished before it started: a negative service
                                                // time
                                                action(
                                                        7,
                                                        today + "T09:55:00+02:00",
                                                        "finish",
                                                        "\"ticket\":\""
                                                                + prefix
                                                                + "511\",\"outcome\":\"erledigt\""))),
                                200));
        assertEquals(
                List.of(
                        "REJECTED",
                        "APPLIED",
                        "APPLIED",
                        "REJECTED",
                        "REJECTED",
                        "APPLIED",
                        "CONFLICT"),
                results.stream().map(r -> r.getString("result")).toList(),
                results.toString());
        assertEquals("name", firstError(results.get(0)).getString("field"));
        assertEquals("clerk", firstError(results.get(3)).getString("field"));
        assertEquals("number", firstError(results.get(4)).getString("field"));
        assertTrue(
                firstError(results.get(4)).getString("message").contains(prefix + "513"),
                results.get(4).toString());
        assertTrue(
                results.get(6).getJsonObject("problem").getString("detail").contains("später"),
                results.get(6).toString());
        long ticketId = results.get(1).getJsonObject("ticket").getJsonNumber("id").longValue();
        assertEquals(
                "standesamt-schalter",
                TestDatabase.text("select called_by from sch_ticket where id = ?", ticketId),
                "the clerk who unlocked the device called");
        assertEquals(
                "standesamt-leitung",
                TestDatabase.text(
                        "select received_by from dis_offline_action where id = ?",
                        results.get(2).getString("id")),
                "the sender stays in the ledger");

        // the device's list: the action as received only where the clerk has something to resolve
        List<JsonObject> listed =
                ok(clerk.get(actions), 200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(7, listed.size(), listed.toString());
        for (JsonObject entry : listed) {
            boolean open = List.of("CONFLICT", "REJECTED").contains(entry.getString("result"));
            boolean withAction = entry.containsKey("action") && !entry.isNull("action");
            assertEquals(open, withAction, entry.toString());
        }
        assertEquals(
                "Tina\tTab",
                listed.get(0).getJsonObject("action").getString("name"),
                "the refused action as received, to correct and resend");

        // too large a batch: the answer says how many of its first actions fit
        String notes = "x".repeat(9000);
        String big =
                action(1, today + "T09:50:00+02:00", "start", "\"ticket\":\"" + prefix + "549\"")
                        .replace("}", ",\"notes\":\"" + notes + "\"}");
        Reply tooLarge =
                clerk.post(
                        actions,
                        batch(java.util.Collections.nCopies(200, big).toArray(String[]::new)));
        assertProblem(tooLarge, 413);
        int fitting = tooLarge.json().getInt("fittingItems");
        int expected = (1024 * 1024 - "{\"actions\":[".length()) / (big.length() + 1);
        assertTrue(Math.abs(fitting - expected) <= 1, fitting + " vs " + expected);
        assertEquals(500, tooLarge.json().getInt("maxItems"));

        // revoked: a ticket the device claims to have issued before is refused all the same
        assertEquals(204, clerk.delete("/api/offline-devices/" + device.getString("id")).status());
        JsonObject backdated =
                results(
                                ok(
                                        clerk.post(
                                                actions,
                                                batch(
                                                        action(
                                                                30,
                                                                today + "T09:00:00+02:00",
                                                                "walk-in",
                                                                "\"number\":\""
                                                                        + prefix
                                                                        + "520\",\"service\":\"geburtsurkunde\""))),
                                        200))
                        .get(0);
        assertEquals("REJECTED", backdated.getString("result"), backdated.toString());
        assertTrue(
                backdated.getJsonObject("problem").getString("detail").contains("gesperrt"),
                backdated.toString());
    }

    @Test
    void aCaseADisruptionInterruptedShowsTheNotesRecordedOffline() {
        JsonObject device = device("Laptop Schalter 5");
        String actions = "/api/offline-devices/" + device.getString("id") + "/actions";
        JsonObject walkIn =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\"}}"),
                                201)
                        .json();
        long id = walkIn.getJsonNumber("id").longValue();
        ok(clerk.post(base + "/queue/call-next", "{\"counter\":\"1\"}"), 200);
        ok(clerk.post("/api/tickets/" + id + "/start", ""), 200);
        String today = FixedClock.today().toString();
        String disruption =
                ok(
                                clerk.post(
                                        "/api/disruptions",
                                        "{\"locations\":[\""
                                                + location
                                                + "\"],\"units\":[\""
                                                + UNIT
                                                + "\"],\"from\":\""
                                                + today
                                                + "T09:00:00\",\"to\":\""
                                                + today
                                                + "T18:00:00\",\"reason\":\"Stromausfall\"}"),
                                201)
                        .json()
                        .getString("id");
        String cases = "/api/disruptions/" + disruption + "/cases";
        // before anything arrives from the offline counter: the case as it was interrupted
        JsonObject before = ok(clerk.get(cases), 200).jsonArray().getJsonObject(0);
        assertEquals(walkIn.getString("number"), before.getString("ticket"), before.toString());
        assertFalse(before.containsKey("recordedOffline"), before.toString());
        assertFalse(before.containsKey("notes"), before.toString());
        assertEquals(
                403,
                ApiClient.at(deploymentUrl).as("kfz-leitung", "demo").get(cases).status(),
                "another department's head sees none of it");
        assertEquals(
                "INTERRUPTED",
                ok(clerk.get("/api/tickets/" + id), 200)
                        .json()
                        .getJsonObject("caseRecord")
                        .getString("status"));
        JsonObject result =
                results(
                                ok(
                                        clerk.post(
                                                actions,
                                                batch(
                                                        action(
                                                                1,
                                                                FixedClock.NOW
                                                                        .toOffsetDateTime()
                                                                        .toString(),
                                                                "draft",
                                                                "\"ticket\":\""
                                                                        + walkIn.getString("number")
                                                                        + "\",\"notes\":\"Geburtsurkunde auf Papier begonnen\",\"documentsReceived\":[\"Reisepass\"]"))),
                                        200))
                        .get(0);
        assertEquals("APPLIED", result.getString("result"), result.toString());
        JsonObject ticket = ok(clerk.get("/api/tickets/" + id), 200).json();
        JsonObject caseView = ticket.getJsonObject("caseRecord");
        assertEquals("INTERRUPTED", caseView.getString("status"), "still to be resumed");
        assertEquals("Geburtsurkunde auf Papier begonnen", caseView.getString("notes"));
        assertEquals("Reisepass", caseView.getJsonArray("documents").getString(0));

        // the disruption's heads find the case with what was recorded offline
        List<JsonObject> interrupted =
                ok(clerk.get(cases), 200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, interrupted.size(), interrupted.toString());
        JsonObject shown = interrupted.get(0);
        assertEquals(walkIn.getString("number"), shown.getString("ticket"));
        assertEquals(UNIT, shown.getString("unit"));
        assertEquals(location, shown.getString("location"));
        assertEquals("Geburtsurkunde ausstellen", shown.getString("serviceName"));
        assertEquals("standesamt-leitung", shown.getString("clerk"));
        assertEquals("1", shown.getString("counter"));
        assertEquals("INTERRUPTED", shown.getString("status"));
        assertEquals(
                FixedClock.NOW.toInstant(),
                java.time.OffsetDateTime.parse(shown.getString("interruptedAt")).toInstant());
        assertEquals("Geburtsurkunde auf Papier begonnen", shown.getString("notes"));
        assertEquals("Reisepass", shown.getJsonArray("documents").getString(0));
        JsonObject offline = shown.getJsonObject("recordedOffline");
        assertEquals(1, offline.getInt("actions"), offline.toString());
        assertEquals("Laptop Schalter 5", offline.getJsonArray("devices").getString(0));
        assertEquals(
                FixedClock.NOW.toInstant(),
                java.time.OffsetDateTime.parse(offline.getString("lastAt")).toInstant());
        assertEquals(
                "Birth certificate",
                ok(clerk.get(cases, "Accept-Language", "en"), 200)
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("serviceName"));
    }

    @Test
    void notesTypedOnlineBeforeTheOutageStayWhenTheCaseIsFinishedOffline() {
        JsonObject device = device("Laptop Schalter 6");
        String actions = "/api/offline-devices/" + device.getString("id") + "/actions";
        JsonObject walkIn =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\"}}"),
                                201)
                        .json();
        long id = walkIn.getJsonNumber("id").longValue();
        String number = "\"ticket\":\"" + walkIn.getString("number") + "\"";
        java.time.OffsetDateTime now = FixedClock.NOW.toOffsetDateTime();
        for (JsonObject applied :
                results(
                        ok(
                                clerk.post(
                                        actions,
                                        batch(
                                                action(
                                                        1,
                                                        now.toString(),
                                                        "call",
                                                        number + ",\"counter\":\"3\""),
                                                action(
                                                        2,
                                                        now.plusMinutes(1).toString(),
                                                        "start",
                                                        number))),
                                200))) {
            assertEquals("APPLIED", applied.getString("result"), applied.toString());
        }
        // typed at the counter while the server was still there
        ok(
                clerk.put(
                        "/api/tickets/" + id + "/draft",
                        "{\"notes\":\"Pass vorgelegt\",\"documents\":[\"Personalausweis\"]}"),
                200);
        // then the outage: the device never saw that draft and sends its own notes
        for (JsonObject applied :
                results(
                        ok(
                                clerk.post(
                                        actions,
                                        batch(
                                                action(
                                                        3,
                                                        now.plusMinutes(2).toString(),
                                                        "draft",
                                                        number
                                                                + ",\"notes\":\"Antrag ausgefüllt\","
                                                                + "\"documentsReceived\":[\"Geburtsurkunde der Eltern\"]"),
                                                action(
                                                        4,
                                                        now.plusMinutes(3).toString(),
                                                        "finish",
                                                        number
                                                                + ",\"outcome\":\"erledigt\","
                                                                + "\"notes\":\"Antrag ausgefüllt, Gebühr bezahlt\""))),
                                200))) {
            assertEquals("APPLIED", applied.getString("result"), applied.toString());
        }
        JsonObject ticket = ok(clerk.get("/api/tickets/" + id), 200).json();
        JsonObject caseView = ticket.getJsonObject("caseRecord");
        assertEquals("CLOSED", caseView.getString("status"), caseView.toString());
        assertEquals(
                "Pass vorgelegt\n\nAntrag ausgefüllt, Gebühr bezahlt",
                caseView.getString("notes"),
                "what was typed online stays, the device's final notes follow it once");
        assertEquals(
                List.of("Personalausweis", "Geburtsurkunde der Eltern"),
                caseView
                        .getJsonArray("documents")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }

    private JsonObject device(String name) {
        return ok(clerk.post(base + "/offline-devices", "{\"name\":\"" + name + "\"}"), 201).json();
    }

    private static String action(int sequence, String at, String type, String members) {
        return "{\"id\":\""
                + UUID.randomUUID()
                + "\",\"sequence\":"
                + sequence
                + ",\"at\":\""
                + at
                + "\",\"type\":\""
                + type
                + "\""
                + (members.isEmpty() ? "" : "," + members)
                + "}";
    }

    private static String batch(String... actions) {
        return "{\"actions\":[" + String.join(",", actions) + "]}";
    }

    private static List<JsonObject> results(Reply reply) {
        return reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
    }

    private static JsonObject firstError(JsonObject result) {
        return result.getJsonObject("problem").getJsonArray("errors").getJsonObject(0);
    }

    private static long ledgerRows(JsonObject device) {
        return TestDatabase.number(
                "select count(*) from dis_offline_action where device_id = ?",
                device.getString("id"));
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
