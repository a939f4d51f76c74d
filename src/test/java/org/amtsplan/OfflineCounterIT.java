package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Browser;
import org.amtsplan.testing.OpeningHours;
import org.amtsplan.testing.SecondInstance;
import org.amtsplan.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counter page keeps working without the server (issue #19), in Chromium against the built WAR
 * on its own Payara Micro: opened online, the clerk names the device, records a callback, and the
 * page stores its encrypted local copy (with the walk-in who drew a server number just before); the
 * server is stopped and the browser cut off; the clerk checks people in by booking code, name and
 * the QR code of their confirmation (Chromium's fake camera shows it), serves a walk-in with notes,
 * documents and an outcome, calls and serves the person with the server's number, records a
 * callback, reloads the page; the server comes back on the same port and database, one appointment
 * was cancelled meanwhile, and every action is in the database once, with the time it happened; the
 * conflict stays listed from the server's side after the page's own storage lost it.
 */
class OfflineCounterIT {

    static final String UNIT = "civil-registry";
    static final String SERVICE = "geburtsurkunde";
    static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    SecondInstance server;
    Browser browser;
    Path camera;
    String rulesBefore;

    @BeforeEach
    void ownServer() throws Exception {
        // today's appointments need a few minutes of today left (the clock is the real one)
        Assumptions.assumeTrue(
                LocalTime.now(CITY).isBefore(LocalTime.of(22, 30)),
                "too late in the day for appointments of today");
        server =
                SecondInstance.start(
                        new File(System.getProperty("amtsplan.war", "target/amtsplan.war")),
                        Map.of("AMTSPLAN_DEMO", "true"));
    }

    @AfterEach
    void stopAll() throws Exception {
        if (rulesBefore != null && server != null) {
            ok(
                    ApiClient.at(server.url())
                            .as("admin", "demo")
                            .put("/api/units/" + UNIT + "/rules", rulesBefore),
                    200);
        }
        if (browser != null) {
            browser.screenshot("last-offline-counter");
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (camera != null) {
            Files.deleteIfExists(camera);
        }
    }

    @Test
    void theCounterWorksWithoutTheServerAndEverythingArrivesOnceWithItsTime() throws Exception {
        ApiClient admin = ApiClient.at(server.url()).as("admin", "demo");
        String location = anOpenServiceCentre(admin);
        ZonedDateTime slot = nextSlotToday();
        JsonObject erika = book(admin, location, slot, "Erika Offline");
        JsonObject bruno = book(admin, location, slot.plusMinutes(15), "Bruno Kamera");
        JsonObject dora = book(admin, location, slot.plusMinutes(30), "Dora Konflikt");
        // marked as not come earlier: in the copy, but not to be checked in
        JsonObject nina = book(admin, location, slot.plusMinutes(45), "Nina Nichterschienen");
        TestDatabase.update(
                "update sch_appointment set status = 'NO_SHOW' where code = ?",
                nina.getString("code"));
        // a walk-in drew a server number before the outage and waits
        String olga =
                ok(
                                admin.post(
                                        "/api/units/"
                                                + UNIT
                                                + "/locations/"
                                                + location
                                                + "/tickets",
                                        "{\"walkIn\":{\"service\":\""
                                                + SERVICE
                                                + "\",\"name\":\"Olga Vorher\"}}"),
                                201)
                        .json()
                        .getString("number");
        String payload =
                ok(
                                admin.get(
                                        "/api/confirmations/"
                                                + bruno.getString("code")
                                                + "?token="
                                                + bruno.getString("token")),
                                200)
                        .json()
                        .getString("payload");
        camera = fakeCamera(payload);
        browser =
                Browser.open(
                        server.url(),
                        "--use-fake-ui-for-media-stream",
                        "--use-fake-device-for-media-stream",
                        "--use-file-for-fake-video-capture=" + camera.toAbsolutePath());

        // online: sign in, open counter 1; the page keeps its copy and the service worker the page
        browser.go("/schalter.html");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.choose("#unit", UNIT);
        browser.choose("#location", location);
        browser.find("#counter[data-for='" + UNIT + "|" + location + "']");
        browser.choose("#counter", "1");
        browser.click("#place button[type=submit]");

        // first use of this device: the clerk names it (a readable name is offered)
        browser.find("#device-form");
        waitLong(() -> browser.find("#device-form").isDisplayed());
        String offered = browser.find("#device-name").getAttribute("value");
        assertTrue(offered.contains("Schalter 1"), "a readable name is offered: " + offered);
        assertEquals(List.of(), browser.accessibilityProblems("offline-counter-device-name"));
        browser.type("#device-name", "Laptop Schalter 3");
        browser.click("#device-form button[type=submit]");
        browser.awaitText("#message", "Gerät angemeldet als „Laptop Schalter 3“");
        List<JsonObject> devices =
                ok(
                                admin.get(
                                        "/api/units/"
                                                + UNIT
                                                + "/locations/"
                                                + location
                                                + "/offline-devices"),
                                200)
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("Laptop Schalter 3"),
                devices.stream().map(d -> d.getString("name")).toList(),
                "one device, with the name the clerk gave it");
        String deviceId = devices.get(0).getString("id");

        // online, a callback goes straight to the server, through the same synchronisation
        browser.type("#callback-name", "Paul Online");
        browser.type("#callback-email", "paul.online@example.org");
        browser.choose("#callback-service", SERVICE);
        browser.click("#callback-form button[type=submit]");
        browser.awaitText("#message", "Rückruf erfasst für Paul Online");
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from dis_callback where name = 'Paul Online'"
                                + " and email = 'paul.online@example.org'"),
                "the callback recorded online is on the list");
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from dis_offline_action where device_id = ? and type = 'callback'"
                                + " and result = 'APPLIED'",
                        deviceId),
                "as an action of this device");
        waitLong(
                () ->
                        browser.script(
                                        "return document.getElementById('copy-status').dataset.stored || null")
                                != null);
        waitLong(
                () ->
                        Boolean.TRUE.equals(
                                browser.script("return !!navigator.serviceWorker.controller")));
        // the worker's cache is named after the content of the shell it keeps
        String worker = ok(admin.get("/schalter-sw.js"), 200).body();
        java.util.regex.Matcher version =
                java.util.regex.Pattern.compile(
                                "const VERSION = '(amtsplan-schalter-[0-9a-f]{16})'")
                        .matcher(worker);
        assertTrue(version.find(), worker);
        String cacheName = version.group(1);
        waitLong(
                () ->
                        String.valueOf(
                                        browser.asyncScript(
                                                "const done = arguments[arguments.length - 1];"
                                                        + " caches.keys().then(k => done(k.join(',')))"))
                                .equals(cacheName));

        // the session ends (idle time); the page's next request is answered 401
        TestDatabase.update("delete from idn_session where username = 'standesamt-schalter'");
        browser.script(
                "import('/assets/common.js').then(c => c.api('GET', '/api/units/"
                        + UNIT
                        + "/locations/"
                        + location
                        + "/offline-devices')).catch(e => console.warn(e));");
        waitLong(() -> browser.find("#login").isDisplayed());

        // the power goes: no server, no network; the desk does not open without the password
        server.close();
        browser.offline(true);
        browser.awaitText("#offline-banner", "Keine Verbindung zum Server seit");
        assertTrue(browser.find("#login").isDisplayed(), "the password is asked");
        assertTrue(!browser.all("#offline").get(0).isDisplayed(), "the desk stays closed");
        assertEquals(
                Boolean.FALSE,
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " import('/assets/offline-store.js').then(s => done(s.unlocked()));"),
                "the key was forgotten when the session ended");
        assertEquals(
                null,
                browser.script(
                        "return Object.keys(sessionStorage).find(k => k.includes('dataKey')) || null"),
                "no key in sessionStorage");
        // the last place used is of a unit this clerk does not work for: the copy stays locked
        String place =
                (String) browser.script("return sessionStorage.getItem('amtsplan.schalter.place')");
        browser.script(
                "sessionStorage.setItem('amtsplan.schalter.place', JSON.stringify({unit: 'vehicle',"
                        + " location: arguments[0], counter: '1'}))",
                location);
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.awaitText("#login-message", "nicht freigeschaltet");
        assertTrue(
                !browser.all("#offline").get(0).isDisplayed(),
                "another unit's place does not open");
        browser.script("sessionStorage.setItem('amtsplan.schalter.place', arguments[0])", place);
        signInOffline();
        browser.find("#offline");
        waitLong(() -> browser.find("#offline").isDisplayed());

        // Nina did not come: found, with her status in words, and nothing to check in
        browser.type("#off-search", "Nina");
        browser.click("#off-find-form button[type=submit]");
        String ninasLine =
                browser.awaitText(
                        "#off-found li[data-code='" + nina.getString("code") + "']",
                        "nicht erschienen");
        assertTrue(
                browser.all("#off-found li[data-code='" + nina.getString("code") + "'] button")
                        .isEmpty(),
                "no check-in for " + ninasLine);

        // Erika by her booking code
        browser.type("#off-search", erika.getString("code"));
        browser.click("#off-find-form button[type=submit]");
        browser.click("#off-found li[data-code='" + erika.getString("code") + "'] button");
        String erikasNumber = numberIn(browser.awaitText("#message", "Angemeldet, Nummer"));

        // Bruno by the QR code on his phone, checked here without the server
        browser.click("#off-scan");
        browser.awaitText("#off-scan-result", "Bestätigung echt");
        browser.click("#off-found li[data-code='" + bruno.getString("code") + "'] button");
        String brunosNumber = numberIn(browser.awaitText("#message", "Angemeldet, Nummer"));
        assertTrue(!brunosNumber.equals(erikasNumber), "each check-in draws its own number");

        // Dora by her name (her appointment will have been cancelled when the server is back)
        browser.type("#off-search", "Dora");
        browser.click("#off-find-form button[type=submit]");
        browser.click("#off-found li[data-code='" + dora.getString("code") + "'] button");
        browser.awaitText("#message", "Angemeldet, Nummer");

        // a walk-in: number, call, start, notes, documents, outcome
        browser.choose("#off-walkin-service", SERVICE);
        browser.type("#off-walkin-name", "Walter Ohnetermin");
        browser.click("#off-walkin-form button[type=submit]");
        String walkIn = numberIn(browser.awaitText("#message", "Wartenummer gezogen"));
        browser.click("#off-queue tr[data-number='" + walkIn + "'] button");
        browser.awaitText("#off-number", walkIn);
        browser.click("#off-start");
        browser.type("#off-notes", "Geburtsurkunde beantragt, ohne Server");
        List<String> documents = new ArrayList<>();
        for (var box : browser.all("#off-document-list input[type=checkbox]")) {
            box.click();
            documents.add(box.getAttribute("value"));
            break;
        }
        String outcome =
                (String) browser.script("return document.getElementById('off-outcome').value");
        browser.click("#off-finish button[type=submit]");
        browser.awaitText("#message", walkIn + ": abgeschlossen");

        // the person who drew a server number before the outage is in the queue by name, and served
        browser.awaitText("#off-queue tr[data-number='" + olga + "']", "Olga Vorher");
        browser.click("#off-queue tr[data-number='" + olga + "'] button");
        browser.awaitText("#off-number", olga);
        browser.click("#off-start");
        browser.awaitText("#message", olga + ": in Bearbeitung");
        browser.click("#off-finish button[type=submit]");
        browser.awaitText("#message", olga + ": abgeschlossen");

        // someone who cannot be served today leaves a number to call back
        browser.type("#callback-name", "Clara Rückruf");
        browser.type("#callback-phone", "+49 345 1234567");
        browser.choose("#callback-service", SERVICE);
        browser.type("#callback-notes", "Ruft morgen an");
        browser.click("#callback-form button[type=submit]");
        browser.awaitText("#message", "Rückruf gespeichert für Clara Rückruf");
        browser.awaitText("#offline-banner", "11 Aktionen warten auf Übertragung");

        // a reload without server: the page opens from the service worker, the password opens the
        // desk again (the key lived in the page only), the actions are there
        browser.go("/schalter.html");
        browser.awaitText("#offline-banner", "11 Aktionen warten auf Übertragung");
        waitLong(() -> browser.find("#login").isDisplayed());
        assertTrue(!browser.all("#offline").get(0).isDisplayed(), "no desk without the password");
        signInOffline();
        waitLong(() -> browser.find("#offline").isDisplayed());
        waitLong(() -> browser.all("#off-outbox li[data-type]").size() == 11);
        List<Map<String, Object>> actions = waitingActions();
        assertEquals(
                List.of(
                        "check-in",
                        "check-in",
                        "check-in",
                        "walk-in",
                        "call",
                        "start",
                        "finish",
                        "call",
                        "start",
                        "finish",
                        "callback"),
                actions.stream().map(a -> (String) a.get("type")).toList());
        assertEquals(
                List.of("standesamt-schalter"),
                actions.stream().map(a -> a.get("clerk")).distinct().toList(),
                "every action names the clerk who did it");
        assertEquals(List.of(), browser.accessibilityProblems("offline-counter-waiting"));
        browser.phone();
        assertTrue(browser.pageWidth() <= 390, "the offline desk fits a phone");

        // an action of a device the server does not know (say, deleted meanwhile) waits here too:
        // it must not hold back this device's actions
        Object recorded =
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " import('/assets/offline-store.js').then(s => s.record({id: '00000000-0000-4000-8000-000000000000',"
                                + " numbers: {from: 0, to: -1}, ticketPrefix: ''}, 'callback', {name: 'Gerd Geraet', service: '"
                                + SERVICE
                                + "', phone: '0345 1'})).then(() => done(true), e => done(String(e)));");
        assertEquals(Boolean.TRUE, recorded);

        // the server comes back on the same port and database, then the network
        server = server.restart();
        // meanwhile Dora cancelled her appointment
        assertEquals(
                204,
                ApiClient.at(server.url())
                        .delete(
                                "/api/appointments/"
                                        + dora.getString("code")
                                        + "?token="
                                        + dora.getString("token"))
                        .status());
        String dorasCheckIn = (String) actions.get(2).get("id");
        browser.offline(false);
        // the session had ended: the clerk signs in again, then what waits is sent
        waitLong(() -> browser.find("#login").isDisplayed());
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        String reported =
                waitLongFor(
                        () -> {
                            Object text =
                                    browser.script(
                                            "const s = document.getElementById('sync-status'); return s && s.dataset.transferred ? s.textContent : null");
                            return (String) text;
                        });
        assertTrue(reported.contains("10 Aktionen übertragen"), reported);
        assertEquals(
                1L,
                ((Number)
                                browser.asyncScript(
                                        "const done = arguments[arguments.length - 1];"
                                                + " import('/assets/offline-store.js').then(s => s.waiting()).then(done);"))
                        .longValue(),
                "only the refused device's action still waits");
        // the banner is gone (the page reloads itself after sending: asked in one script)
        waitLong(
                () ->
                        Boolean.TRUE.equals(
                                browser.script(
                                        "const b = document.getElementById('offline-banner');"
                                                + " return !!b && b.classList.contains('hidden');")));

        // every action exactly once, applied, with the time it happened on the device
        try (Connection db = TestDatabase.connect()) {
            for (Map<String, Object> action : actions) {
                String id = (String) action.get("id");
                try (PreparedStatement s =
                        db.prepareStatement(
                                "select count(*), max(result), max(at) from dis_offline_action where id = ?")) {
                    s.setString(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        assertEquals(1, r.getInt(1), "action " + action + " recorded once");
                        assertEquals(
                                id.equals(dorasCheckIn) ? "CONFLICT" : "APPLIED",
                                r.getString(2),
                                "action " + action);
                        assertEquals(
                                OffsetDateTime.parse((String) action.get("at"))
                                        .toInstant()
                                        .truncatedTo(ChronoUnit.MILLIS),
                                r.getTimestamp(3).toInstant(),
                                "the time it happened: " + action);
                    }
                }
            }
        }
        Instant walkInAt = at(actions, "walk-in");
        Instant finishedAt = at(actions, "finish");
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ? and number = ? and kind = 'WALK_IN'"
                                + " and status = 'DONE' and name = 'Walter Ohnetermin' and outcome = ?",
                        location,
                        walkIn,
                        outcome),
                "the walk-in is served and finished");
        assertEquals(
                walkInAt.toEpochMilli(),
                TestDatabase.number(
                        "select unix_timestamp(arrived_at) * 1000 from sch_ticket where location_id = ? and number = ?",
                        location,
                        walkIn),
                "the walk-in arrived when the number was drawn");
        assertEquals(
                finishedAt.toEpochMilli(),
                TestDatabase.number(
                        "select unix_timestamp(finished_at) * 1000 from sch_ticket where location_id = ? and number = ?",
                        location,
                        walkIn),
                "the case ended when it was finished offline");
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from sch_case c join sch_ticket t on t.id = c.ticket_id"
                                + " where t.location_id = ? and t.number = ? and c.notes like '%ohne Server%'",
                        location, walkIn),
                "the notes typed offline are the case's");
        // the server's number: called, started and finished offline, once, with those times
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from sch_ticket where location_id = ? and number = ? and kind = 'WALK_IN'"
                                + " and status = 'DONE' and name = 'Olga Vorher'",
                        location,
                        olga),
                "the walk-in of before the outage is served once");
        List<Instant> olgasSteps =
                actions.stream()
                        .filter(a -> a.get("type").toString().matches("call|start|finish"))
                        .skip(3)
                        .map(a -> OffsetDateTime.parse((String) a.get("at")).toInstant())
                        .toList();
        int step = 0;
        for (String column : List.of("called_at", "started_at", "finished_at")) {
            assertEquals(
                    olgasSteps.get(step++).toEpochMilli(),
                    TestDatabase.number(
                            "select unix_timestamp("
                                    + column
                                    + ") * 1000 from sch_ticket where location_id = ? and number = ?",
                            location,
                            olga),
                    "the server's number " + column + " when it happened offline");
        }
        for (String code : List.of(erika.getString("code"), bruno.getString("code"))) {
            assertEquals(
                    1,
                    TestDatabase.number(
                            "select count(*) from sch_ticket where appointment_code = ? and kind = 'APPOINTMENT'",
                            code),
                    "checked in once: " + code);
        }
        assertEquals(
                11,
                TestDatabase.number(
                        "select count(*) from dis_offline_action where id in ("
                                + actions.stream()
                                        .map(a -> "'" + a.get("id") + "'")
                                        .collect(Collectors.joining(","))
                                + ")"));
        if (!documents.isEmpty()) {
            assertEquals(
                    1,
                    TestDatabase.number(
                            "select count(*) from sch_case c join sch_ticket t on t.id = c.ticket_id"
                                    + " where t.location_id = ? and t.number = ? and c.documents like ?",
                            location,
                            walkIn,
                            "%" + documents.get(0) + "%"),
                    "the documents ticked offline");
        }

        // Dora's check-in is a conflict; the page's own list of it is lost (storage wiped): the
        // server's list still shows it, by name, and the clerk dismisses it there
        browser.awaitText("#problem-list li[data-action='" + dorasCheckIn + "']", "Dora Konflikt");
        browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " const r = indexedDB.open('amtsplan-schalter'); r.onsuccess = () => {"
                        + " const t = r.result.transaction('problems', 'readwrite'); t.objectStore('problems').clear();"
                        + " t.oncomplete = () => { r.result.close(); done(true); }; };");
        browser.go("/schalter.html");
        // after a reload the copy (with the names) opens with the password again
        browser.click("#sign-out");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        String listed =
                browser.awaitText(
                        "#problem-list li[data-action='" + dorasCheckIn + "']", "Dora Konflikt");
        assertTrue(listed.startsWith("Konflikt"), listed);
        assertEquals(1, browser.all("#problem-list li").size(), "listed once");
        assertEquals(List.of(), browser.accessibilityProblems("offline-counter-conflict"));
        browser.click(
                "#problem-list li[data-action='" + dorasCheckIn + "'] button.secondary:last-child");
        waitLong(() -> browser.all("#problem-list li").isEmpty());
        assertEquals(
                1,
                TestDatabase.number(
                        "select count(*) from dis_offline_action where id = ? and dismissed_at is not null",
                        dorasCheckIn),
                "dismissed on the server");
    }

    private String anOpenServiceCentre(ApiClient admin) {
        String location = "o-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Notstromhaus\",\"address\":\"Kerzenweg 1\"}"),
                201);
        ok(
                admin.put(
                        "/api/units/" + UNIT + "/locations/" + location + "/opening-hours",
                        OpeningHours.everyDay("00:00", "23:45", 4)),
                200);
        // the unit's rules are shared with the test classes after this one: put back afterwards
        rulesBefore = ok(admin.get("/api/units/" + UNIT + "/rules"), 200).body();
        ok(
                admin.put(
                        "/api/units/" + UNIT + "/rules",
                        "{\"minLeadMinutes\":0,\"maxOpenPerContact\":50}"),
                200);
        return location;
    }

    /** A slot of today at least an hour ahead, on the quarter hour. */
    private static ZonedDateTime nextSlotToday() {
        ZonedDateTime now = ZonedDateTime.now(CITY).plusHours(1);
        return now.truncatedTo(ChronoUnit.HOURS).plusMinutes(15L * (now.getMinute() / 15 + 1));
    }

    private static JsonObject book(
            ApiClient admin, String location, ZonedDateTime start, String name) {
        return ok(
                        admin.post(
                                "/api/appointments",
                                "{\"service\":\""
                                        + SERVICE
                                        + "\",\"location\":\""
                                        + location
                                        + "\",\"start\":\""
                                        + start.toOffsetDateTime()
                                        + "\",\"name\":\""
                                        + name
                                        + "\",\"email\":\"offline@example.org\"}"),
                        201)
                .json();
    }

    /**
     * A Y4M video (what Chromium's fake camera plays) showing the QR code of the payload, as a
     * citizen holds a phone up to the camera.
     */
    private static Path fakeCamera(String payload) throws Exception {
        int width = 640;
        int height = 480;
        BitMatrix code =
                new QRCodeWriter()
                        .encode(
                                payload,
                                BarcodeFormat.QR_CODE,
                                440,
                                440,
                                Map.of(EncodeHintType.MARGIN, 4));
        byte[] luma = new byte[width * height];
        int left = (width - code.getWidth()) / 2;
        int top = (height - code.getHeight()) / 2;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int cx = x - left;
                int cy = y - top;
                boolean dark =
                        cx >= 0
                                && cy >= 0
                                && cx < code.getWidth()
                                && cy < code.getHeight()
                                && code.get(cx, cy);
                luma[y * width + x] = (byte) (dark ? 16 : 235);
            }
        }
        byte[] chroma = new byte[width * height / 4];
        java.util.Arrays.fill(chroma, (byte) 128);
        ByteArrayOutputStream video = new ByteArrayOutputStream();
        video.write(
                ("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
                        .getBytes(StandardCharsets.US_ASCII));
        for (int frame = 0; frame < 10; frame++) {
            video.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
            video.write(luma);
            video.write(chroma);
            video.write(chroma);
        }
        Path file =
                Path.of(
                        System.getProperty("amtsplan.buildDir", "target"),
                        "qr-camera-" + UUID.randomUUID() + ".y4m");
        Files.write(file, video.toByteArray());
        return file;
    }

    private void signInOffline() {
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
    }

    /** The waiting actions as the page keeps them (decrypted with the tab's key). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> waitingActions() {
        return (List<Map<String, Object>>)
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "import('/assets/offline-store.js').then(async s => { await s.tabKey();"
                                + " done((await s.outbox()).map(a => ({id: a.id, type: a.type, at: a.at, sequence: a.sequence, clerk: a.clerk}))); })"
                                + ".catch(e => done(String(e)));");
    }

    private static Instant at(List<Map<String, Object>> actions, String type) {
        return actions.stream()
                .filter(a -> type.equals(a.get("type")))
                .map(a -> OffsetDateTime.parse((String) a.get("at")).toInstant())
                .findFirst()
                .orElseThrow();
    }

    private static String numberIn(String message) {
        java.util.regex.Matcher number =
                java.util.regex.Pattern.compile("([A-Z]+\\d{3,})").matcher(message);
        assertTrue(number.find(), "a ticket number in: " + message);
        return number.group(1);
    }

    private void waitLong(java.util.function.BooleanSupplier condition) {
        waitLongFor(() -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    private <T> T waitLongFor(java.util.function.Supplier<T> value) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            T answer = value.get();
            if (answer != null) {
                return answer;
            }
            sleep();
        }
        throw new AssertionError("not within 90 seconds; page reads:\n" + browser.visibleText());
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply ok(Reply reply, int expected) {
        assertEquals(expected, reply.status(), reply.body());
        return reply;
    }
}
