package org.amtsplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.amtsplan.testing.ApiClient;
import org.amtsplan.testing.ApiClient.Reply;
import org.amtsplan.testing.Browser;
import org.amtsplan.testing.Deployments;
import org.amtsplan.testing.FixedClock;
import org.amtsplan.testing.OpeningHours;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages in a real browser: each user group does its job by clicking and typing, and every page
 * passes axe-core without serious or critical violations. The API is used only to set the scene (a
 * service centre that is open) and to check what the clicks did.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    static final String UNIT = "civil-registry";

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the city lies in Sachsen-Anhalt: Whit Monday (10 June 2030) is a public holiday
        return Deployments.inState(Deployments.atFixedTime(Deployments.wholeApplication()), "ST");
    }

    @ArquillianResource URL deploymentUrl;

    ApiClient admin;
    String location;
    Browser browser;

    @BeforeEach
    void anOpenServiceCentre() {
        admin = ApiClient.at(deploymentUrl).as("admin", "demo");
        location = "p-" + UUID.randomUUID().toString().substring(0, 8);
        ok(
                admin.post(
                        "/api/locations",
                        "{\"id\":\""
                                + location
                                + "\",\"name\":\"Seitenhaus "
                                + placeName()
                                + "\",\"address\":\"Klickweg 1\"}"),
                201);
        ok(
                admin.put(
                        "/api/units/" + UNIT + "/locations/" + location + "/opening-hours",
                        OpeningHours.everyDay("00:00", "23:45", 4)),
                200);
        ok(admin.put("/api/units/" + UNIT + "/rules", "{\"maxOpenPerContact\":50}"), 200);
        browser = Browser.openAt(deploymentUrl, FixedClock.instant());
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (browser != null) {
            // the last state of every test, for whoever reads a failure in CI
            browser.screenshot(
                    "last-"
                            + test.getTestMethod()
                                    .map(java.lang.reflect.Method::getName)
                                    .orElse("test"));
            browser.close();
        }
    }

    @Test
    void aCitizenBooksConfirmsAndSeesTheQrCode() throws Exception {
        browser.go("/");
        accessible("start");
        browser.click("a[href='/buchen.html']");
        browser.find("#service-geburtsurkunde");
        accessible("booking-1-service");
        browser.click("label[for='service-geburtsurkunde']");
        browser.click("#service-form button[type=submit]");
        browser.click("label[for='location-" + location + "']");
        accessible("booking-2-location");
        browser.click("#location-form button[type=submit]");
        // the second free day of the month calendar
        browser.waitUntil(d -> browser.all("#days button[data-free]").size() > 1);
        browser.all("#days button[data-free]").get(1).click();
        String chosenTime = browser.find("#times button").getText();
        accessible("booking-3-time");
        browser.click("#times button");
        browser.type("#name", "Marie Seite");
        browser.type("#email", "marie.seite@example.org");
        accessible("booking-4-contact");
        browser.click("#contact-form button[type=submit]");
        String code = browser.find("#done-code").getText();
        assertTrue(code.matches("[A-Z0-9]{3}-[A-Z0-9]{3}"), code);
        assertTrue(
                browser.find("#done-when").getText().contains(chosenTime),
                "the chosen time is confirmed");
        accessible("booking-5-done");

        browser.click("#done-link");
        browser.awaitText("#a-status", "reserviert");
        accessible("appointment-reserved");
        browser.click("#confirm");
        browser.awaitText("#a-status", "gebucht");
        browser.awaitText("#message", "bestätigt");
        browser.waitUntil(
                d ->
                        (Boolean)
                                browser.script(
                                        "const i = document.getElementById('qr'); return i.complete && i.naturalWidth > 0;"));
        accessible("appointment-booked");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_appointment where code = ? and status = 'BOOKED' and email = 'marie.seite@example.org'",
                        code));
    }

    @Test
    void theBookingPageSpeaksEnglishOnRequest() throws Exception {
        browser.go("/buchen.html?lang=en");
        assertEquals("Book an appointment", browser.find("h1").getText());
        assertEquals("en", browser.script("return document.documentElement.lang"));
        browser.click("#service-form button[type=submit]");
        browser.awaitText("#message", "Please choose a service.");
        accessible("booking-english");
        assertTrue(
                browser.find("label[for='service-geburtsurkunde']")
                        .getText()
                        .equals("Birth certificate (15 minutes)"),
                "the service's English name");
        browser.click("label[for='service-geburtsurkunde']");
        browser.click("#service-form button[type=submit]");
        browser.click("label[for='location-" + location + "']");
        browser.click("#location-form button[type=submit]");
        browser.awaitText("#days .month", "June 2030");
        browser.waitUntil(d -> !browser.all("#days button[data-free]").isEmpty());
        browser.all("#days button[data-free]").get(0).click();
        String heading = browser.awaitText("#h-times", "June 2030");
        assertTrue(
                heading.matches("Free times on [A-Z][a-z]+,? \\d{1,2} June 2030"),
                "the day in English: " + heading);
        englishOnly(browser.visibleText());
        accessible("booking-english-calendar");
    }

    @Test
    void aCitizenBooksOnAPhoneByKeyboardAndReadsNamesAndGermanOnly() throws Exception {
        String service = aServiceWithDocuments();
        browser.phone();
        browser.go("/buchen.html");
        browser.click("label[for='service-" + service + "']");
        citizenReads("booking-phone-1-service", service);
        browser.click("#service-form button[type=submit]");
        browser.click("label[for='location-" + location + "']");
        citizenReads("booking-phone-2-location", service);
        browser.click("#location-form button[type=submit]");

        // the month calendar, by keyboard: one tab stop on the first free day, arrows move
        browser.waitUntil(d -> !browser.all("#days button[data-free][tabindex='0']").isEmpty());
        assertEquals("Juni 2030", browser.find("#days .month").getText());
        assertEquals("Mo", browser.find("#days th").getText(), "the week starts on Monday");
        WebElement first = browser.find("#days button[tabindex='0']");
        LocalDate day = LocalDate.parse(first.getAttribute("data-day"));
        first.sendKeys(Keys.ARROW_RIGHT);
        assertEquals(day.plusDays(1).toString(), browser.focused().getAttribute("data-day"));
        browser.press(Keys.ARROW_DOWN);
        assertEquals(day.plusDays(8).toString(), browser.focused().getAttribute("data-day"));
        browser.press(Keys.PAGE_DOWN);
        browser.awaitText("#days .month", "Juli 2030");
        browser.waitUntil(d -> day.plusDays(8).plusMonths(1).toString().equals(focusedDay()));
        browser.press(Keys.PAGE_UP);
        browser.awaitText("#days .month", "Juni 2030");
        browser.waitUntil(d -> day.plusDays(8).toString().equals(focusedDay()));
        browser.press(Keys.ARROW_UP);
        assertEquals(day.plusDays(1).toString(), focusedDay());
        browser.press(Keys.ENTER);
        String heading = browser.awaitText("#h-times", "Juni 2030");
        assertTrue(
                heading.matches("Freie Uhrzeiten am [A-Z][a-z]+, \\d{1,2}\\. Juni 2030"),
                "the day in German: " + heading);
        assertEquals(
                "true",
                browser.find("#days button[data-day='" + day.plusDays(1) + "']")
                        .getAttribute("aria-pressed"));
        citizenReads("booking-phone-3-calendar", service);
        String time = browser.focused().getText();
        assertTrue(time.matches("\\d{2}:\\d{2}"), "the first free time has the focus: " + time);
        browser.press(Keys.ENTER);

        // what to bring and where, before booking
        String chosen = browser.find("#chosen").getText();
        for (String fact :
                List.of(
                        "Namensänderung erklären",
                        "Personalausweis oder Reisepass",
                        "Heiratsurkunde",
                        "Klickweg 1",
                        time + " Uhr")) {
            assertTrue(chosen.contains(fact), fact + " in " + chosen);
        }
        browser.type("#name", "Marie Handy");
        browser.click("#book");
        browser.awaitText("#email-error", "E-Mail-Adresse");
        assertEquals("true", browser.find("#email").getAttribute("aria-invalid"));
        browser.type("#email", "marie@kaputt");
        browser.click("#book");
        browser.awaitText("#email-error", "keine gültige E-Mail-Adresse");
        assertEquals(
                "",
                browser.all("#working").get(0).getAttribute("textContent"),
                "no stale 'one moment' beside the error");
        assertEquals("", browser.all("#message").get(0).getAttribute("textContent"));
        citizenReads("booking-phone-4-field-error", service);
        browser.type("#email", "marie.handy@example.org");
        browser.click("#book");
        String code = browser.find("#done-facts dd").getText();
        String deadline = browser.find("#done-deadline").getText();
        assertTrue(
                deadline.matches(
                        "Bitte bestätigen Sie den Termin bis [A-Z][a-z]+, \\d{1,2}\\. [A-Z][a-z]+ 2030, \\d{2}:\\d{2} Uhr .*"),
                "the confirm-by time in German: " + deadline);
        String done = browser.find("#done-facts").getText();
        assertTrue(
                done.contains("Personalausweis oder Reisepass") && done.contains("Klickweg 1"),
                done);
        citizenReads("booking-phone-5-done", service);

        // my appointment: names, a word for the status, confirm-by, then moving and cancelling
        browser.click("#done-link");
        browser.awaitText("#facts", "reserviert, noch nicht bestätigt");
        String facts = browser.find("#facts").getText();
        for (String fact :
                List.of(code, "Namensänderung erklären", "Klickweg 1", "Heiratsurkunde")) {
            assertTrue(facts.contains(fact), fact + " in " + facts);
        }
        assertTrue(browser.find("#deadline").getText().contains("bestätigen Sie den Termin bis"));
        citizenReads("appointment-phone-reserved", service);
        browser.click("#confirm");
        browser.awaitText("#facts", "gebucht");
        assertTrue(
                browser.find("#ics").getAttribute("href").contains("/calendar.ics?token="),
                "the calendar file stays");
        browser.click("#move-open");
        browser.waitUntil(d -> browser.all("#move-days button[data-free]").size() > 2);
        WebElement other = browser.all("#move-days button[data-free]").get(2);
        LocalDate newDay = LocalDate.parse(other.getAttribute("data-day"));
        other.click();
        browser.click("#move-times button");
        String newTime = browser.find("#move-times button[aria-pressed=true]").getText();
        assertTrue(
                browser.find("#move-to").getText().contains(newTime + " Uhr"),
                browser.find("#move-to").getText());
        citizenReads("appointment-phone-move", service);
        browser.click("#move-to");
        browser.awaitText("#message", "verlegt");
        String newWhen =
                newDay.format(
                        java.time.format.DateTimeFormatter.ofPattern(
                                "d. MMMM yyyy", java.util.Locale.GERMAN));
        assertTrue(browser.find("#facts").getText().contains(newWhen), newWhen);
        assertEquals(
                1,
                count(
                        "select count(*) from sch_appointment where code = ? and status = 'BOOKED' and date(starts_at) = ?",
                        code,
                        newDay.toString()),
                "moved to the picked day " + newTime);
        browser.click("#cancel");
        browser.acceptDialog();
        browser.awaitText("#facts", "abgesagt");
        assertTrue(browser.find("#again").getAttribute("href").endsWith("/buchen.html"));
        citizenReads("appointment-phone-cancelled", service);
    }

    @Test
    void theAppointmentPageSpeaksEnglishOnlyOnRequest() throws Exception {
        LocalDate day = FixedClock.today().plusDays(1);
        JsonObject booked =
                ok(
                                admin.post(
                                        "/api/appointments",
                                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + day
                                                + "T11:00:00\",\"name\":\"Mary Page\",\"email\":\"mary@example.org\",\"language\":\"en\"}"),
                                201)
                        .json();
        browser.go(
                "/termin.html?lang=en#code="
                        + booked.getString("code")
                        + "&token="
                        + booked.getString("token"));
        browser.awaitText("#facts", "booked");
        String facts = browser.find("#facts").getText();
        assertTrue(facts.contains("Birth certificate"), facts);
        assertTrue(facts.matches("(?s).*Wednesday,? 5 June 2030, 11:00.*"), facts);
        assertEquals("en", browser.script("return document.documentElement.lang"));
        englishOnly(browser.visibleText());
        browser.click("#move-open");
        browser.awaitText("#move-days .month", "June 2030");
        assertEquals("Mon", browser.find("#move-days th").getText());
        englishOnly(browser.visibleText());
        accessible("appointment-english");
    }

    @Test
    void aClerkDrawsCallsServesAndFinishesAWalkIn() throws Exception {
        browser.go("/schalter.html");
        accessible("counter-login");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.find("#unit");
        browser.choose("#unit", UNIT);
        browser.choose("#location", location);
        // the open-all-day centre staffs counters 1 to 4
        chooseCounter("4");
        browser.click("#place button[type=submit]");
        browser.find("#walkin-service");
        java.time.LocalDateTime soon = FixedClock.now().plusMinutes(75);
        String code =
                ok(
                                admin.post(
                                        "/api/appointments",
                                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + soon
                                                + ":00\",\"name\":\"Tina Termin\",\"phone\":\"+49 30 2\"}"),
                                201)
                        .json()
                        .getString("code");
        browser.type("#appointment-code", code.toLowerCase());
        browser.click("#checkin-form button[type=submit]");
        String checkedIn =
                browser.awaitText("#message", "Angemeldet, Nummer").replaceAll(".*Nummer ", "");
        browser.awaitText("#queue", checkedIn);
        browser.script("document.getElementById('walkin-service').value = 'geburtsurkunde';");
        browser.type("#walkin-name", "Otto Ohnetermin");
        browser.click("#walkin-form button[type=submit]");
        String number = browser.awaitText("#message", "Wartenummer gezogen").replaceAll(".*: ", "");
        browser.awaitText("#queue", number);
        accessible("counter-queue");

        browser.click("#call-next");
        browser.waitUntil(d -> !browser.find("#current-number").getText().isBlank());
        String called = browser.find("#current-number").getText();
        assertTrue(
                called.equals(number) || called.equals(checkedIn),
                "one of the two waiting is called: " + called);
        browser.click("#start");
        browser.awaitText("#current-status", "in Bearbeitung");
        browser.type("#notes", "Urkunde ausgehändigt");
        browser.type("#documents", "Personalausweis");
        accessible("counter-serving");
        browser.click("#finish-form button[type=submit]");
        browser.awaitText("#message", "erledigt");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_ticket t join sch_case c on c.ticket_id = t.id where t.location_id = ?"
                                + " and t.status = 'DONE' and t.counter_id = '4' and c.notes = 'Urkunde ausgehändigt'",
                        location));
    }

    @Test
    void aClerkStepsSomeoneAsideCallsThemBackAndTransfersThem() throws Exception {
        JsonObject walkIn =
                ok(
                                admin.post(
                                        "/api/units/"
                                                + UNIT
                                                + "/locations/"
                                                + location
                                                + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\",\"name\":\"Petra Pause\"}}"),
                                201)
                        .json();
        String number = walkIn.getString("number");
        browser.go("/schalter.html");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.choose("#unit", UNIT);
        browser.choose("#location", location);
        chooseCounter("3");
        browser.click("#place button[type=submit]");
        browser.awaitText("#queue", number);

        browser.click("#call-next");
        browser.awaitText("#current-number", number);
        browser.click("#start");
        browser.awaitText("#current-status", "in Bearbeitung");
        browser.click("#park");
        browser.awaitText("#message", number + ": zurückgestellt");
        browser.awaitText("#parked", number);
        assertTrue(browser.find("#current-none").isDisplayed(), "the counter is free again");
        accessible("counter-parked");

        browser.click("#parked button");
        browser.awaitText("#current-number", number);
        browser.awaitText("#parked", "Niemand zurückgestellt");
        browser.choose("#transfer-unit", "citizenship");
        browser.click("#transfer");
        browser.awaitText("#message", number + ": wartet");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_ticket where id = ? and unit_id = 'citizenship' and status = 'WAITING' and call_count = 2",
                        walkIn.getJsonNumber("id").longValue()),
                "called, recalled, and now waiting at the citizenship authority");
    }

    @Test
    void aHeadShapesTheUnitAndReadsItsStatistics() throws Exception {
        browser.go("/leitung.html#einstellungen");
        browser.type("#user", "standesamt-leitung");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.choose("#c-unit", UNIT);
        browser.choose("#c-location", location);
        browser.waitUntil(d -> browser.all("#week tr.period").size() == 7);

        browser.click("#add-period");
        int row = browser.all("#week tr.period").size();
        browser.choose("#week tr.period:last-child select", "MONDAY");
        browser.setValue("#week tr.period:last-child input[type=time]", "10:00");
        browser.setValue("#week tr.period:last-child td:nth-child(3) input", "11:00");
        browser.click("#hours-form button[type=submit]");
        String refusal = browser.awaitText("#hours-form + .message", "Zeile " + row);
        assertTrue(
                refusal.contains("Montag 10:00–11:00"),
                "the message names the overlapping period: " + refusal);
        assertEquals(
                "true",
                browser.find("#week tr.period:last-child select").getAttribute("aria-invalid"));
        accessible("head-hours-refused");
        browser.click("#week tr.period:last-child button");
        browser.click("#hours-form button[type=submit]");
        browser.awaitText("#hours-form + .message", "gespeichert");

        LocalDate day = FixedClock.today().plusDays(2);
        browser.setValue("#n-date", day.toString());
        browser.setValue("#n-from", "16:00");
        browser.setValue("#n-to", "18:00");
        browser.type("#n-counters", "4");
        browser.click("label[for=n-staged]");
        browser.type("#n-stages", "2");
        browser.type("#n-every", "60");
        browser.click("#public-session-form button[type=submit]");
        browser.awaitText("#sessions", "2 von 4");

        browser.setValue("#k-date", day.plusDays(3).toString());
        browser.type("#k-reason", "Personalversammlung");
        browser.click("#closure-form button[type=submit]");
        browser.awaitText("#closures", "Personalversammlung");

        String code = "p-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type("#v-code", code);
        browser.type("#v-name", "Namensänderung");
        browser.type("#v-duration", "30");
        browser.click("#service-form button[type=submit]");
        browser.awaitText("#services", code);

        browser.type("#rule-maxOpenPerContact", "49");
        browser.click("#rules-form button[type=submit]");
        browser.awaitText("#rules-form + .message", "gespeichert");
        assertEquals(
                49, admin.get("/api/units/" + UNIT + "/rules").json().getInt("maxOpenPerContact"));
        assertEquals(
                1,
                count(
                        "select count(*) from sch_closure where location_id = ? and reason = 'Personalversammlung'",
                        location));
        assertEquals(
                1,
                count(
                        "select count(*) from sch_session where location_id = ? and release_stages = 2 and counters = 4",
                        location));
        accessible("head-settings");

        // one person served today, so the chart has a bar
        long ticket =
                ok(
                                admin.post(
                                        "/api/units/"
                                                + UNIT
                                                + "/locations/"
                                                + location
                                                + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\"}}"),
                                201)
                        .json()
                        .getJsonNumber("id")
                        .longValue();
        ok(
                admin.post(
                        "/api/units/" + UNIT + "/locations/" + location + "/queue/call-next",
                        "{\"counter\":\"1\"}"),
                200);
        ok(admin.post("/api/tickets/" + ticket + "/start", "{}"), 200);
        ok(admin.post("/api/tickets/" + ticket + "/finish", "{\"outcome\":\"erledigt\"}"), 200);
        browser.click("nav.sections a[href='#statistik']");
        browser.choose("#st-unit", UNIT);
        browser.choose("#st-location", location);
        browser.click("#statistics-form button[type=submit]");
        browser.find("#chart-people svg");
        assertEquals(14, browser.all("#figures tr").size(), "two weeks up to today, one row a day");
        assertEquals(
                "1",
                browser.find("#figures tr:last-child td:nth-of-type(2)").getText(),
                "today: one person served");
        assertTrue(
                browser.all("#chart-people rect.bar.series-0").stream()
                        .anyMatch(r -> Double.parseDouble(r.getAttribute("height")) > 0),
                "the served bar of today has a height");
        accessible("head-statistics");
    }

    @Test
    void theOfflineVerificationPageIsAccessibleToo() throws Exception {
        browser.go("/api/verify");
        browser.find("textarea, input");
        accessible("verify");
    }

    @Test
    void theWaitingRoomDisplayShowsACallAtOnce() throws Exception {
        browser.go("/anzeige.html?location=" + location);
        browser.awaitText("#state", "Live");
        ApiClient clerk = ApiClient.at(deploymentUrl).as("standesamt-schalter", "demo");
        String base = "/api/units/" + UNIT + "/locations/" + location;
        String number =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\"}}"),
                                201)
                        .json()
                        .getString("number");
        ok(clerk.post(base + "/queue/call-next", "{\"counter\":\"4\"}"), 200);
        browser.awaitText("#calls", number);
        assertTrue(browser.find("#calls li").getText().contains("Schalter 4"));
        accessible("display");
    }

    @Test
    void aCitizenDrawsANumberAtTheKiosk() throws Exception {
        browser.go("/kiosk.html");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.choose("#k-location", location);
        browser.click("label[for='k-unit-" + UNIT + "']");
        browser.click("#login button[type=submit]");
        browser.find("#kiosk-services button");
        accessible("kiosk-welcome");
        browser.click("#kiosk-services li:first-child button");
        String number = browser.find("#result-number").getText();
        assertTrue(number.startsWith("S"), number);
        assertTrue(browser.find("#result-text").getText().contains("Anzeige"));
        accessible("kiosk-ticket");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_ticket where location_id = ? and number = ? and status = 'WAITING'",
                        location,
                        number));
    }

    @Test
    void aDealerUploadsABatchAndSeesTheRefusedRow() throws Exception {
        Path csv = Files.createTempFile("sammelauftrag", ".csv");
        String vin =
                ("WDB" + UUID.randomUUID().toString().replace("-", "").toUpperCase())
                        .substring(0, 17)
                        .replace('I', '1')
                        .replace('O', '0')
                        .replace('Q', '9');
        Files.writeString(
                csv,
                "vin;kind;plate\n" + vin + ";NEW_REGISTRATION;HH-SE 1\nkaputt;NEW_REGISTRATION;\n");
        browser.go("/haendler.html");
        browser.type("#user", "autohaus-nord");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        accessible("dealer-upload");
        browser.click("#upload button[type=submit]");
        browser.awaitText("#outcome-summary", "Angenommene Fahrzeuge: 1; abgelehnte Zeilen: 1");
        assertEquals(
                "3",
                browser.find("#rejected td").getText(),
                "the refused row is named by its line in the file");
        assertEquals(
                "Die FIN muss 17 Zeichen haben (6 eingegeben)",
                browser.find("#rejected td:nth-child(2)").getText(),
                "the reason in the page's language only");
        browser.awaitText("#items", vin);
        accessible("dealer-result");

        Path broken = Files.createTempFile("batch", ".csv");
        Files.writeString(broken, "vin;kind;plate\nkaputt;NEW_REGISTRATION;\n");
        // the session outlives the page: sign out first, to sign in again on the English one
        signOut();
        browser.go("/haendler.html?lang=en");
        browser.type("#user", "autohaus-nord");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.find("#file").sendKeys(broken.toAbsolutePath().toString());
        browser.click("#upload button[type=submit]");
        browser.awaitText("#rejected", "the VIN must have 17 characters (6 entered)");
        assertEquals(
                "the VIN must have 17 characters (6 entered)",
                browser.find("#rejected td:nth-child(2)").getText(),
                "the reason in English only");
    }

    @Test
    void aHeadDeclaresADisruptionAndRebooksFromTheConsole() throws Exception {
        ApiClient staff = ApiClient.at(deploymentUrl).as("standesamt-schalter", "demo");
        LocalDate day = FixedClock.today().plusDays(2);
        JsonObject phoneOnly =
                ok(
                                staff.post(
                                        "/api/appointments",
                                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + day
                                                + "T10:00:00\",\"name\":\"Paul Telefon\",\"phone\":\"+49 30 555\"}"),
                                201)
                        .json();

        browser.go("/leitung.html");
        browser.type("#user", "standesamt-leitung");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.click("label[for='unit-" + UNIT + "']");
        browser.click("label[for='location-" + location + "']");
        browser.script(
                "document.getElementById('from').value = arguments[0]; document.getElementById('to').value = arguments[1];",
                day + "T08:00",
                day + "T12:00");
        browser.type("#reason", "Stromausfall");
        browser.click("#preview");
        browser.awaitText("#p-appointments", "1");
        assertEquals("1", browser.find("#p-withoutEmail").getText());
        accessible("head-preview");
        browser.click("#declare");
        browser.click("#confirm-yes");
        browser.awaitText("#message", "Abgesagte Termine: 1");

        browser.script(
                "document.getElementById('s-unit').value = arguments[0]; document.getElementById('s-location').value = arguments[1];"
                        + " document.getElementById('s-date').value = arguments[2];",
                UNIT,
                location,
                day.plusDays(1).toString());
        browser.click("#session-form button[type=submit]");
        browser.awaitText("#message", "hinzugefügt");
        browser.click("#rebook");
        browser.awaitText("#message", "Vorgeschlagen: 1");
        browser.awaitText("#phone-list", "Paul Telefon");
        assertTrue(
                browser.find("#phone-list").getText().contains("+49 30 555"),
                "the phone list has the number to call");
        accessible("head-console");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_appointment where code = ? and status = 'CANCELLED_BY_OFFICE' and replacement_start is not null",
                        phoneOnly.getString("code")));
    }

    /** Words of the German pages' interface that an English page must not show, and back. */
    static final List<String> GERMAN_WORDS =
            List.of(
                    "Termin",
                    "Weiter",
                    "Zurück",
                    "Bitte",
                    "wählen",
                    "Uhr",
                    "Juni",
                    "Dienstag",
                    "Mittwoch",
                    "gebucht",
                    "Anliegen",
                    "Standort",
                    "Wann",
                    "absagen",
                    "Uhrzeiten");

    static final List<String> ENGLISH_WORDS =
            List.of(
                    "Book",
                    "Next",
                    "Back",
                    "Please",
                    "Choose",
                    "appointment",
                    "June",
                    "Tuesday",
                    "Wednesday",
                    "booked",
                    "Cancel",
                    "When",
                    "Where",
                    "Move",
                    "free",
                    "times");

    /** Internal codes a citizen must never read. */
    static final List<String> CODES =
            List.of(
                    "BOOKED",
                    "RESERVED",
                    "CANCELLED",
                    "REBOOKED",
                    "REPLACEMENT",
                    "EXPIRED",
                    "CHECKED_IN",
                    "civil-registry",
                    "geburtsurkunde",
                    "undefined",
                    "null");

    @Test
    void aClerkStaysSignedInAcrossAReloadAndSignsOut() throws Exception {
        browser.go("/schalter.html");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.find("#unit");
        assertEquals("", browser.all("#password").get(0).getAttribute("value"), "no password kept");

        browser.go("/schalter.html");
        browser.choose("#unit", UNIT);
        assertTrue(
                !browser.find("#work").getAttribute("class").contains("hidden"), "still working");
        assertTrue(browser.all("#login:not(.hidden)").isEmpty(), "no sign-in form after reload");
        assertTrue(
                !String.valueOf(browser.script("return document.cookie")).contains("amtsplan"),
                "the session cookie is out of the page's reach");
        accessible("counter-signed-in-after-reload");

        signOut();
        browser.find("#login #user");
        browser.go("/schalter.html");
        browser.find("#login #user");
        assertTrue(browser.all("#work:not(.hidden)").isEmpty(), "signed out stays signed out");
    }

    @Test
    void aWrongPasswordShowsThePagesOwnMessageInItsLanguage() throws Exception {
        String username = "p-falsch-" + UUID.randomUUID().toString().substring(0, 6);
        ok(
                admin.post(
                        "/api/staff",
                        "{\"username\":\""
                                + username
                                + "\",\"password\":\"Leitung-Standesamt-9\",\"roles\":[\"head\"],\"units\":[\""
                                + UNIT
                                + "\"]}"),
                201);
        browser.go("/leitung.html");
        browser.type("#user", username);
        browser.type("#password", "nicht-das-richtige");
        browser.click("#login button[type=submit]");
        assertEquals(
                "Benutzername oder Passwort stimmt nicht.",
                browser.awaitText("#login-message", "Passwort"));
        accessible("heads-wrong-password");

        browser.go("/leitung.html?lang=en");
        browser.type("#user", username);
        browser.type("#password", "not-the-right-one");
        browser.click("#login button[type=submit]");
        assertEquals(
                "User name or password is wrong.", browser.awaitText("#login-message", "password"));
        englishOnly(browser.visibleText());

        browser.type("#password", "Leitung-Standesamt-9");
        browser.click("#login button[type=submit]");
        browser.awaitText("#sign-out", "Sign out");
    }

    @Test
    void aClerkWhoseSessionEndedSignsInAgainAndTheWorkstationGoesOn() throws Exception {
        browser.go("/schalter.html?lang=en");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.choose("#unit", UNIT);
        browser.choose("#location", location);
        chooseCounter("3");
        // the session ends on the server (idle time, end of the day) while the page is open
        org.amtsplan.testing.TestDatabase.update(
                "delete from idn_session where username = ?", "standesamt-schalter");
        browser.click("#place button[type=submit]");
        assertEquals(
                "The sign-in has ended. Please sign in again.",
                browser.awaitText("#login-message", "sign in again"));
        assertTrue(browser.all("#work:not(.hidden)").isEmpty(), "the work waits for a sign-in");

        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        assertEquals("3", value("#counter"), "nothing chosen is lost");
        browser.click("#place button[type=submit]");
        browser.find("#walkin-service");
    }

    /** Clicks the header's sign-out button and waits until the page has reloaded signed out. */
    private void signOut() {
        browser.click("#sign-out");
        browser.waitUntil(
                d ->
                        browser.all("#sign-out").isEmpty()
                                && !browser.all("#login:not(.hidden)").isEmpty());
    }

    @Test
    void theBookingCalendarShowsAPublicHolidayClosedWithItsName() throws Exception {
        browser.phone();
        browser.go("/buchen.html");
        browser.click("label[for='service-geburtsurkunde']");
        browser.click("#service-form button[type=submit]");
        browser.click("label[for='location-" + location + "']");
        browser.click("#location-form button[type=submit]");
        browser.waitUntil(d -> !browser.all("#days .closed-days li").isEmpty());
        assertEquals("Juni 2030", browser.find("#days .month").getText());
        WebElement whitMonday = browser.find("#days button[data-day='2030-06-10']");
        assertEquals(null, whitMonday.getAttribute("data-free"), "no free times on the holiday");
        assertTrue(
                whitMonday.getAttribute("aria-label").contains("geschlossen: Pfingstmontag"),
                whitMonday.getAttribute("aria-label"));
        assertEquals(
                "true",
                browser.find("#days button[data-day='2030-06-11']").getAttribute("data-free"),
                "open again the day after");
        String closed = browser.find("#days .closed-days").getText();
        assertTrue(closed.contains("Montag, 10. Juni 2030: Pfingstmontag"), closed);
        citizenReads("booking-holiday", "geburtsurkunde");
    }

    @Test
    void aCitizenWhoseAppointmentFellOutChoosesAnotherTimeOrDeclinesAndBooksAnew()
            throws Exception {
        LocalDate day = FixedClock.today().plusDays(2);
        LocalDate replacementDay = day.plusDays(1);
        JsonObject anna = bookedFor(day + "T09:00:00", "Anna Ersatz");
        JsonObject bruno = bookedFor(day + "T09:30:00", "Bruno Ablehnung");
        String id =
                ok(
                                admin.post(
                                        "/api/disruptions",
                                        "{\"locations\":[\""
                                                + location
                                                + "\"],\"units\":[\""
                                                + UNIT
                                                + "\"],\"from\":\""
                                                + day
                                                + "T08:00:00\",\"to\":\""
                                                + day
                                                + "T12:00:00\",\"reason\":\"Stromausfall\"}"),
                                201)
                        .json()
                        .getString("id");
        ok(
                admin.post(
                        "/api/units/" + UNIT + "/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + replacementDay
                                + "\",\"from\":\"16:00\",\"to\":\"16:45\",\"counters\":1,"
                                + "\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200);
        browser.phone();

        // in English, one language only
        browser.go(linkTo(anna).replace("/termin.html", "/termin.html?lang=en"));
        browser.awaitText("#a-status", "cancelled by the office");
        assertEquals("Accept replacement", browser.find("#accept").getText());
        assertEquals("Choose another time", browser.find("#options-open").getText());
        assertEquals("Decline the replacement", browser.find("#decline").getText());
        englishOnly(browser.visibleText());

        // Anna: the proposal, accept / other time / decline by name; she picks another time
        browser.go(linkTo(anna));
        browser.awaitText("#a-status", "vom Amt abgesagt");
        assertTrue(browser.find("#r-when").getText().contains("16:00"));
        assertEquals("Ersatztermin annehmen", browser.find("#accept").getText());
        assertEquals("Andere Zeit wählen", browser.find("#options-open").getText());
        assertEquals("Ersatztermin ablehnen", browser.find("#decline").getText());
        citizenReads("appointment-replacement", "geburtsurkunde");
        browser.click("#options-open");
        browser.waitUntil(d -> browser.all("#options button").size() == 2);
        List<WebElement> options = browser.all("#options button");
        assertTrue(
                options.get(0).getText().matches(".*16:00.*\\(vorgeschlagen\\)"),
                options.get(0).getText());
        assertTrue(options.get(1).getText().contains("16:30"), "16:15 is Bruno's proposal");
        citizenReads("appointment-replacement-options", "geburtsurkunde");
        options.get(1).click();
        browser.click("#option-take");
        browser.awaitText("#message", "angenommen");
        browser.awaitText("#a-status", "gebucht");
        assertTrue(browser.find("#a-when").getText().contains("16:30"));
        String newCode = browser.find("#a-code").getText();

        // the mail's old link: the new time and a link to it, not the old time
        browser.go(linkTo(anna));
        browser.awaitText("#a-status", "durch neuen Termin ersetzt");
        assertTrue(browser.find("#a-when").getText().contains("16:30"));
        assertTrue(!browser.find("#facts").getText().contains("09:00"), "not the old time");
        assertTrue(browser.find("#replaced-text").getText().contains(newCode));
        citizenReads("appointment-replaced", "geburtsurkunde");
        browser.click("#successor");
        browser.awaitText("#a-status", "gebucht");
        assertEquals(newCode, browser.find("#a-code").getText());

        // Bruno declines; after a reload the page still says so and offers the same service anew
        browser.go(linkTo(bruno));
        browser.awaitText("#a-status", "vom Amt abgesagt");
        browser.click("#decline");
        browser.acceptDialog();
        browser.awaitText("#declined-box", "abgelehnt");
        browser.script("location.reload()");
        browser.awaitText("#a-status", "vom Amt abgesagt");
        browser.awaitText("#declined-box", "abgelehnt");
        assertEquals(
                Boolean.TRUE,
                browser.script(
                        "return document.getElementById('replacement-box').classList.contains('hidden')"),
                "no more replacement to accept or choose");
        assertEquals(
                "Neuen Termin für „Geburtsurkunde ausstellen“ buchen",
                browser.find("#again").getText());
        citizenReads("appointment-declined", "geburtsurkunde");
        assertEquals(
                0,
                count(
                        "select taken from sch_seat_ledger where location_id = ? and slot_start = ? and pool = ?",
                        location,
                        replacementDay + " 16:15:00",
                        "REPLACEMENT:" + id),
                "Bruno's proposed seat is back in the reserve");
        browser.click("#again");
        browser.waitUntil(d -> browser.find("#service-geburtsurkunde").isSelected());
    }

    @Test
    void someoneTheOfficeCouldNotServeSeesTheProposalAsSuchNotAsTheirAppointment()
            throws Exception {
        LocalDate day = FixedClock.today().plusDays(2);
        String id =
                ok(
                                admin.post(
                                        "/api/disruptions",
                                        "{\"locations\":[\""
                                                + location
                                                + "\"],\"units\":[\""
                                                + UNIT
                                                + "\"],\"from\":\""
                                                + day
                                                + "T08:00:00\",\"to\":\""
                                                + day
                                                + "T18:00:00\",\"reason\":\"Stromausfall\"}"),
                                201)
                        .json()
                        .getString("id");
        // recorded at the counter at noon, at the very moment of declaring (so the next rebooking
        // picks it up)
        org.amtsplan.testing.TestDatabase.update(
                "insert into dis_callback (unit_id, location_id, recorded_by, recorded_at, received_at, name,"
                        + " service_code, email, language) values (?, ?, 'standesamt-schalter', ?, ?,"
                        + " 'Clara Rückruf', 'geburtsurkunde', 'clara@example.org', 'de')",
                UNIT,
                location,
                day + " 12:00:00",
                day + " 12:00:00");
        ok(
                admin.post(
                        "/api/units/" + UNIT + "/locations/" + location + "/sessions",
                        "{\"date\":\""
                                + day.plusDays(1)
                                + "\",\"from\":\"16:00\",\"to\":\"16:45\",\"counters\":1,"
                                + "\"kind\":\"REPLACEMENT\",\"reservedForDisruption\":\""
                                + id
                                + "\"}"),
                201);
        ok(admin.post("/api/disruptions/" + id + "/rebook", "{}"), 200);
        long callback = count("select id from dis_callback where location_id = ?", location);
        String code =
                org.amtsplan.testing.TestDatabase.text(
                        "select appointment_code from dis_callback where id = ?", callback);
        String link =
                "/termin.html#code="
                        + code
                        + "&token="
                        + org.amtsplan.testing.TestDatabase.text(
                                "select token from sch_appointment where code = ?", code);
        browser.phone();

        browser.go(link);
        browser.awaitText("#a-status", "am Schalter nicht bedient");
        String facts = browser.find("#facts").getText();
        assertTrue(facts.contains("Am Schalter"), facts);
        assertTrue(!facts.contains("abgesagt"), "nothing of hers was cancelled: " + facts);
        String hint = browser.find("#r-hint").getText();
        assertTrue(
                hint.startsWith("Sie konnten am ")
                        && hint.contains("wegen einer Störung nicht bedient werden"),
                hint);
        assertTrue(browser.find("#r-when").getText().contains("16:00"));
        assertEquals("Unser Terminvorschlag", browser.find("#r-heading").getText());
        assertEquals("Termin annehmen", browser.find("#accept").getText());
        assertEquals("Vorschlag ablehnen", browser.find("#decline").getText());
        String page = browser.visibleText();
        assertTrue(!page.contains("Ihren Termin") && !page.contains("Ersatztermin"), page);
        citizenReads("appointment-unserved", "geburtsurkunde");

        browser.go(link.replace("/termin.html", "/termin.html?lang=en"));
        browser.awaitText("#a-status", "not served at the counter");
        assertTrue(
                browser.find("#r-hint").getText().startsWith("We could not serve you on "),
                browser.find("#r-hint").getText());
        englishOnly(browser.visibleText());

        // the clerk reached her by phone: the proposal is withdrawn, and her page says so
        ok(
                ApiClient.at(deploymentUrl)
                        .as("standesamt-schalter", "demo")
                        .post("/api/callbacks/" + callback + "/done", ""),
                200);
        browser.go(link);
        browser.awaitText("#declined-box", "anders geregelt");
        assertEquals(
                Boolean.TRUE,
                browser.script(
                        "return document.getElementById('replacement-box').classList.contains('hidden')"),
                "nothing left to accept");
        assertTrue(!browser.visibleText().contains("abgelehnt"), "she declined nothing");
    }

    private JsonObject bookedFor(String start, String name) {
        return ok(
                        admin.post(
                                "/api/appointments",
                                "{\"service\":\"geburtsurkunde\",\"location\":\""
                                        + location
                                        + "\",\"start\":\""
                                        + start
                                        + "\",\"name\":\""
                                        + name
                                        + "\",\"email\":\"ersatz@example.org\"}"),
                        201)
                .json();
    }

    private static String linkTo(JsonObject appointment) {
        return "/termin.html#code="
                + appointment.getString("code")
                + "&token="
                + appointment.getString("token");
    }

    /**
     * What a citizen reads at this moment: no internal code (nor the service's or the service
     * centre's id, nor an ISO date), only German words of the interface, nothing wider than a
     * phone; and axe-core finds nothing serious.
     */
    @Test
    void theCounterFormBelongsToItsTicketShowsFittingActionsAndSurvivesAReload() throws Exception {
        String base = "/api/units/" + UNIT + "/locations/" + location;
        String first = walkInNumber(base, "Anna Antrag");
        String second = walkInNumber(base, "Bernd Beleg");
        browser.go("/schalter.html");
        signInAtCounter("2");
        browser.awaitText("#queue", second);

        browser.click("#call-next");
        browser.awaitText("#current-number", first);
        assertTrue(shown("#start") && shown("#missed") && shown("#recall"));
        assertTrue(!shown("#finish-form") && !shown("#park"), "no finishing a person only called");
        assertTrue(!shown("#call-next"), "one person at a time");
        assertEquals("start", browser.focused().getAttribute("id"));
        browser.press(Keys.ENTER);
        browser.awaitText("#current-status", "in Bearbeitung");
        assertTrue(!shown("#start") && !shown("#missed") && shown("#park") && shown("#transfer"));
        browser.type("#notes", "Pass abgelaufen");
        browser.type("#documents", "Reisepass");
        browser.awaitText("#draft-state", "Entwurf gespeichert");
        browser.waitUntil(
                d ->
                        count(
                                        "select count(*) from sch_ticket t join sch_case c on c.ticket_id = t.id where t.location_id = ?"
                                                + " and t.number = ? and c.notes = 'Pass abgelaufen' and c.documents = 'Reisepass'",
                                        location,
                                        first)
                                == 1);
        List<String> outcomes =
                browser.all("#outcome option").stream().map(WebElement::getText).toList();
        assertTrue(outcomes.contains("Unterlagen unvollständig"), "names, not codes: " + outcomes);

        // a reload: still signed in, the same counter opens again by itself, and the person and
        // the notes are back
        browser.go("/"); // away and back: a reload, not a jump within the page
        browser.go("/schalter.html");
        // the page shows its sign-in form until it has asked for the session: judge once it is up
        browser.awaitText("#current-number", first);
        assertTrue(browser.all("#login:not(.hidden)").isEmpty(), "no sign-in after a reload");
        browser.awaitText("#current-status", "in Bearbeitung");
        assertEquals("Pass abgelaufen", value("#notes"));
        assertEquals("Reisepass", value("#documents"));
        assertTrue(shown("#finish-form"));
        accessible("counter-restored");
        browser.choose("#outcome", "unterlagen-unvollstaendig");
        browser.type("#notes", "Pass abgelaufen, neuer Termin nötig");
        browser.click("#finish-form button[type=submit]");
        browser.awaitText("#message", first + ": erledigt");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_ticket t join sch_case c on c.ticket_id = t.id where t.location_id = ? and t.number = ?"
                                + " and c.outcome = 'unterlagen-unvollstaendig' and c.notes = 'Pass abgelaufen, neuer Termin nötig' and c.documents = 'Reisepass'",
                        location,
                        first));

        // the next person: "did not come" asks nothing, and can be taken back
        browser.click("#call-next");
        browser.awaitText("#current-number", second);
        browser.click("#missed");
        browser.awaitText("#undo-text", second + ": nicht erschienen");
        assertTrue(browser.find("#current-none").isDisplayed());
        accessible("counter-undo");
        browser.click("#undo-missed");
        browser.awaitText("#current-number", second);
        browser.awaitText("#current-status", "aufgerufen");
        assertTrue(!shown("#undo"), "nothing left to undo");
        browser.click("#start");
        browser.awaitText("#current-status", "in Bearbeitung");
        assertEquals("", value("#notes"), "nothing of the previous person");
        assertEquals("", value("#documents"), "nothing of the previous person");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_ticket where location_id = ? and number = ? and status = 'IN_SERVICE' and counter_id = '2'",
                        location,
                        second));
        browser.phone();
        assertTrue(
                browser.pageWidth() <= 390, "counter wider than a phone: " + browser.pageWidth());
    }

    private String walkInNumber(String base, String name) {
        return ok(
                        admin.post(
                                base + "/tickets",
                                "{\"walkIn\":{\"service\":\"geburtsurkunde\",\"name\":\""
                                        + name
                                        + "\"}}"),
                        201)
                .json()
                .getString("number");
    }

    private void signInAtCounter(String counter) {
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.choose("#unit", UNIT);
        browser.choose("#location", location);
        chooseCounter(counter);
        browser.click("#place button[type=submit]");
        browser.find("#walkin-service");
    }

    /** Whether an element is on the page and visible, without waiting for it. */
    private boolean shown(String css) {
        return browser.all(css).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Picks a counter once the page has listed those of the chosen unit and location. */
    private void chooseCounter(String counter) {
        browser.find("#counter[data-for='" + UNIT + "|" + location + "']");
        browser.choose("#counter", counter);
    }

    private String value(String css) {
        return (String) browser.script("return document.querySelector(arguments[0]).value", css);
    }

    private void citizenReads(String page, String service) throws Exception {
        readsAsWords(page, concat(CODES, List.of(service, location)));
    }

    /** No code of {@code codes}, no ISO date, no English word, not wider than a phone. */
    private void readsAsWords(String page, List<String> codes) throws Exception {
        String text = browser.visibleText();
        for (String code : codes) {
            assertTrue(
                    !java.util.regex.Pattern.compile(
                                    "\\b" + java.util.regex.Pattern.quote(code) + "\\b")
                            .matcher(text)
                            .find(),
                    page + " shows the code " + code + ":\n" + text);
        }
        assertTrue(
                !text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"),
                page + " shows an ISO date:\n" + text);
        for (String word : ENGLISH_WORDS) {
            assertTrue(
                    !java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text).find(),
                    page + " (German) shows the English word " + word + ":\n" + text);
        }
        assertTrue(
                browser.pageWidth() <= 390,
                page + " is wider than the phone: " + browser.pageWidth() + " px");
        accessible(page);
    }

    private static void englishOnly(String text) {
        for (String word : GERMAN_WORDS) {
            assertTrue(
                    !java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text).find(),
                    "the English page shows the German word " + word + ":\n" + text);
        }
        for (String code : CODES) {
            assertTrue(!text.contains(code), "the page shows the code " + code + ":\n" + text);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private String focusedDay() {
        return browser.focused().getAttribute("data-day");
    }

    /** The service centre's name, which (unlike its id) a citizen reads. */
    private String placeName() {
        return location.substring(2).toUpperCase();
    }

    /** A service of the unit with documents to bring; answers its code. */
    private String aServiceWithDocuments() {
        String code = "n-" + UUID.randomUUID().toString().substring(0, 6);
        ok(
                admin.post(
                        "/api/units/" + UNIT + "/services",
                        "{\"code\":\""
                                + code
                                + "\",\"name\":\"Namensänderung erklären\",\"nameEn\":\"Declare a change of name\","
                                + "\"durationMinutes\":15,\"onlineBookable\":true,"
                                + "\"documents\":[\"Personalausweis oder Reisepass\",\"Heiratsurkunde\"]}"),
                201);
        return code;
    }

    private void accessible(String page) throws Exception {
        List<String> problems = browser.accessibilityProblems(page);
        assertTrue(problems.isEmpty(), page + ": " + problems);
    }

    private static long count(String sql, Object... values) {
        return org.amtsplan.testing.TestDatabase.number(sql, values);
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        return reply;
    }

    @Test
    void aHeadConfirmsWithThePreviewsCountsAndListsAndLiftsTheDisruptionAfterAReload()
            throws Exception {
        ApiClient staff = ApiClient.at(deploymentUrl).as("standesamt-schalter", "demo");
        LocalDate day = FixedClock.today().plusDays(2);
        String code =
                ok(
                                staff.post(
                                        "/api/appointments",
                                        "{\"service\":\"geburtsurkunde\",\"location\":\""
                                                + location
                                                + "\",\"start\":\""
                                                + day
                                                + "T10:00:00\",\"name\":\"Rita Rohr\",\"phone\":\"+49 30 777\"}"),
                                201)
                        .json()
                        .getString("code");
        String reason = "Wasserrohrbruch " + placeName();
        browser.phone();
        browser.go("/leitung.html#stoerungen");
        signInAsHead();
        browser.click("label[for='unit-" + UNIT + "']");
        browser.click("label[for='location-" + location + "']");
        browser.script(
                "document.getElementById('from').value = arguments[0]; document.getElementById('to').value = arguments[1];",
                day + "T08:00",
                day + "T12:00");
        browser.type("#reason", reason);
        browser.click("#preview");
        browser.awaitText("#p-appointments", "1");

        // the confirmation repeats the preview's counts; cancelling it declares nothing
        browser.click("#declare");
        String asked = browser.find("#confirm").getText();
        assertTrue(asked.contains("Abzusagende Termine: 1"), asked);
        assertTrue(asked.contains("Davon ohne E-Mail-Adresse: 1"), asked);
        accessible("head-confirm-declare");
        browser.click("#confirm-no");
        browser.awaitText("#message", "nichts erklärt");
        assertEquals(0, count("select count(*) from dis_disruption where reason = ?", reason));
        assertEquals(
                1,
                count(
                        "select count(*) from sch_appointment where code = ? and status = 'BOOKED'",
                        code));

        browser.click("#declare");
        browser.click("#confirm-yes");
        browser.awaitText("#message", "Abgesagte Termine: 1");
        browser.awaitText("#phone-list", "Rita Rohr");

        // after a reload: the list shows it with its progress explained, the console opens again
        browser.go("/"); // away and back: a reload, not a jump within the page
        browser.go("/leitung.html#stoerungen");
        stillSignedIn();
        browser.awaitText("#disruption-list", reason);
        String id =
                (String)
                        browser.script(
                                "return [...document.querySelectorAll('#disruption-list li')]"
                                        + ".find(li => li.textContent.includes(arguments[0])).dataset.id",
                                reason);
        String row = browser.find("#disruption-list li[data-id='" + id + "']").getText();
        assertTrue(row.contains("(erklärt)"), row);
        assertTrue(
                row.contains("Standesamt in Seitenhaus " + placeName()),
                "names, not codes: " + row);
        assertTrue(row.contains("offen\n1 – noch ohne neue Zeit"), row);
        assertTrue(row.contains("benachrichtigt\n0 – per E-Mail informiert"), row);
        assertTrue(row.contains("Telefon- und Briefliste"), "the gap is explained: " + row);
        browser.awaitText("#phone-list", "Rita Rohr");
        assertTrue(
                browser.pageWidth() <= 390,
                "no sideways scrolling: " + browser.pageWidth() + " px");
        accessible("head-disruption-list");

        browser.click("#disruption-list li[data-id='" + id + "'] button[data-lift]");
        assertTrue(browser.find("#confirm").getText().contains("ursprünglichen Zeit"));
        browser.click("#confirm-yes");
        browser.awaitText("#message", "Wieder gültige Termine: 1");
        browser.awaitText("#disruption-list li[data-id='" + id + "']", "(aufgehoben)");
        assertEquals(
                1,
                count(
                        "select count(*) from sch_appointment where code = ? and status = 'BOOKED'",
                        code));
        assertTrue(
                browser.all("#disruption-list li[data-id='" + id + "'] button[data-lift]")
                        .isEmpty(),
                "a lifted disruption has no lift button");

        // the sections: one at a time, reached by the menu or the address, kept on reload
        browser.click("nav.sections a[href='#statistik']");
        browser.find("#statistics-form");
        assertEquals(
                false,
                browser.script("return document.getElementById('stoerungen').checkVisibility()"));
        browser.go("/"); // away and back: a reload, not a jump within the page
        browser.go("/leitung.html#statistik");
        stillSignedIn();
        browser.find("#statistics-form");
        assertEquals(
                false,
                browser.script("return document.getElementById('stoerungen').checkVisibility()"));
        assertEquals(
                "page",
                browser.find("nav.sections a[href='#statistik']").getAttribute("aria-current"));
        browser.go("/"); // away and back: a reload, not a jump within the page
        browser.go("/leitung.html?lang=en#oeffnungszeiten");
        stillSignedIn();
        assertEquals("Opening hours", browser.find("#oeffnungszeiten").getText());
        assertEquals(
                false,
                browser.script("return document.getElementById('statistik').checkVisibility()"));
    }

    @Test
    void aHeadCallsBackFromTheListDownloadsThePhoneListAndRevokesAnOfflineDevice()
            throws Exception {
        ApiClient clerk = ApiClient.at(deploymentUrl).as("standesamt-schalter", "demo");
        String base = "/api/units/" + UNIT + "/locations/" + location;
        String deviceName = "Laptop Schalter " + placeName();
        JsonObject device =
                ok(clerk.post(base + "/offline-devices", "{\"name\":\"" + deviceName + "\"}"), 201)
                        .json();
        String deviceId = device.getString("id");
        String at = FixedClock.NOW.toOffsetDateTime().toString();
        // what the clerk's offline counter sends once back online: a person to call back, and a
        // start of a number the server never knew (a conflict to resolve)
        JsonObject results =
                ok(
                                clerk.post(
                                        "/api/offline-devices/" + deviceId + "/actions",
                                        "{\"actions\":[{\"id\":\""
                                                + UUID.randomUUID()
                                                + "\",\"sequence\":1,\"at\":\""
                                                + at
                                                + "\",\"type\":\"callback\",\"name\":\"Petra Pause\",\"service\":\"geburtsurkunde\","
                                                + "\"phone\":\"+49 30 555 12\",\"notes\":\"Urkunde vor Freitag nötig\"},"
                                                + "{\"id\":\""
                                                + UUID.randomUUID()
                                                + "\",\"sequence\":2,\"at\":\""
                                                + at
                                                + "\",\"type\":\"start\",\"ticket\":\""
                                                + device.getString("ticketPrefix")
                                                + "549\"}]}"),
                                200)
                        .json();
        assertEquals(
                List.of("APPLIED", "CONFLICT"),
                results.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("result"))
                        .toList(),
                results.toString());

        browser.phone();
        browser.go("/leitung.html#rueckrufe");
        signInAsHead();
        browser.choose("#cb-unit", UNIT);
        browser.choose("#cb-location", location);
        String card = browser.awaitText("#callback-list", "Petra Pause");
        assertTrue(card.contains("Geburtsurkunde ausstellen"), "the service's name: " + card);
        assertTrue(card.contains("+49 30 555 12"), card);
        assertTrue(card.contains("Urkunde vor Freitag nötig"), card);
        assertTrue(card.contains("von standesamt-schalter"), "who recorded it: " + card);
        assertTrue(card.contains("offen – noch zurückzurufen"), "the state in words: " + card);
        headReads("head-callbacks", List.of("OPEN", "PROPOSED", "DONE", deviceId));

        // the phone list as the CSV file the browser saves
        browser.script(
                "window.savedCsv = null; const create = URL.createObjectURL;"
                        + " URL.createObjectURL = blob => { blob.text().then(text => window.savedCsv = text); return create.call(URL, blob); };");
        browser.click("#callbacks-csv");
        String csv = null;
        for (int i = 0; i < 50 && csv == null; i++) {
            csv = (String) browser.script("return window.savedCsv");
            if (csv == null) {
                Thread.sleep(100);
            }
        }
        assertTrue(
                csv != null && csv.contains("Petra Pause") && csv.contains("+49 30 555 12"), csv);

        browser.click("#callback-list button[data-done]");
        browser.awaitText("#callbacks-message", "Petra Pause: als erledigt vermerkt.");
        browser.awaitText("#callback-list", "erledigt");
        assertTrue(browser.all("#callback-list button[data-done]").isEmpty(), "nothing left to do");
        assertTrue(
                browser.focused().getAttribute("id").startsWith("callback-"),
                "the keyboard stays at the person");
        assertEquals(
                1,
                count(
                        "select count(*) from dis_callback where name = 'Petra Pause' and location_id = ? and done_at is not null",
                        location));

        // the devices: number range, open conflicts, revoking behind a confirmation
        browser.click("nav.sections a[href='#geraete']");
        browser.choose("#dv-unit", UNIT);
        browser.choose("#dv-location", location);
        String devices = browser.awaitText("#device-list", deviceName);
        String prefix = device.getString("ticketPrefix");
        assertTrue(
                devices.contains(prefix + "500 bis " + prefix + "549"), "its numbers: " + devices);
        assertTrue(devices.contains("von standesamt-schalter"), devices);
        assertTrue(devices.contains("in Betrieb"), devices);
        assertTrue(
                devices.contains("1 – die Schalterseite des Geräts"), "its conflict: " + devices);
        headReads("head-devices", List.of(deviceId, "ACTIVE", "REVOKED"));
        browser.click("#device-list button[data-revoke]");
        String asked = browser.find("#confirm").getText();
        assertTrue(asked.contains(deviceName) && asked.contains("nie wieder vergeben"), asked);
        accessible("head-confirm-revoke");
        browser.click("#confirm-no");
        assertEquals(
                0,
                count(
                        "select count(*) from dis_offline_device where id = ? and revoked_at is not null",
                        deviceId));
        browser.click("#device-list button[data-revoke]");
        browser.click("#confirm-yes");
        browser.awaitText("#devices-message", deviceName + " ist gesperrt.");
        browser.awaitText("#device-list", "gesperrt seit");
        assertTrue(browser.all("#device-list button[data-revoke]").isEmpty());
        assertEquals(
                1,
                count(
                        "select count(*) from dis_offline_device where id = ? and revoked_at is not null",
                        deviceId));

        // in English: English only, the service's English name
        browser.go("/"); // away and back: a reload, not a jump within the page
        browser.go("/leitung.html?lang=en#rueckrufe");
        stillSignedIn();
        browser.choose("#cb-unit", UNIT);
        browser.choose("#cb-location", location);
        String english = browser.awaitText("#callback-list", "Birth certificate");
        assertTrue(english.contains("done"), english);
        englishOnly(browser.visibleText());
        assertTrue(browser.pageWidth() <= 390, "no sideways scrolling: " + browser.pageWidth());
    }

    @Test
    void aHeadReadsTheCasesADisruptionInterruptedWithWhatWasRecordedOffline() throws Exception {
        ApiClient clerk = ApiClient.at(deploymentUrl).as("standesamt-schalter", "demo");
        ApiClient head = ApiClient.at(deploymentUrl).as("standesamt-leitung", "demo");
        String base = "/api/units/" + UNIT + "/locations/" + location;
        JsonObject walkIn =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\",\"name\":\"Olga Ohnestrom\"}}"),
                                201)
                        .json();
        ok(clerk.post(base + "/queue/call-next", "{\"counter\":\"3\"}"), 200);
        ok(clerk.post("/api/tickets/" + walkIn.getJsonNumber("id") + "/start", ""), 200);
        String today = FixedClock.today().toString();
        String reason = "Stromausfall " + placeName();
        String id =
                ok(
                                head.post(
                                        "/api/disruptions",
                                        "{\"locations\":[\""
                                                + location
                                                + "\"],\"units\":[\""
                                                + UNIT
                                                + "\"],\"from\":\""
                                                + today
                                                + "T09:00:00\",\"to\":\""
                                                + today
                                                + "T18:00:00\",\"reason\":\""
                                                + reason
                                                + "\"}"),
                                201)
                        .json()
                        .getString("id");
        JsonObject device =
                ok(clerk.post(base + "/offline-devices", "{\"name\":\"Tablet Flur\"}"), 201).json();
        ok(
                clerk.post(
                        "/api/offline-devices/" + device.getString("id") + "/actions",
                        "{\"actions\":[{\"id\":\""
                                + UUID.randomUUID()
                                + "\",\"sequence\":1,\"at\":\""
                                + FixedClock.NOW.toOffsetDateTime()
                                + "\",\"type\":\"draft\",\"ticket\":\""
                                + walkIn.getString("number")
                                + "\",\"notes\":\"Antrag auf Papier begonnen\",\"documentsReceived\":[\"Reisepass\"]}]}"),
                200);

        browser.phone();
        browser.go("/leitung.html#stoerungen");
        signInAsHead();
        browser.awaitText("#disruption-list", reason);
        browser.click("#disruption-list li[data-id='" + id + "'] button[data-open]");
        String shown = browser.awaitText("#case-list", "Olga Ohnestrom");
        assertTrue(shown.contains("Nummer " + walkIn.getString("number")), shown);
        assertTrue(shown.contains("Standesamt, Seitenhaus " + placeName()), "names: " + shown);
        assertTrue(shown.contains("Geburtsurkunde ausstellen"), shown);
        assertTrue(shown.contains("standesamt-schalter"), shown);
        assertTrue(shown.contains("unterbrochen – noch fortzusetzen"), shown);
        assertTrue(shown.contains("Antrag auf Papier begonnen"), shown);
        assertTrue(shown.contains("Reisepass"), shown);
        assertTrue(shown.contains("1 Eintrag") && shown.contains("Tablet Flur"), shown);
        headReads("head-interrupted-cases", List.of("INTERRUPTED", "OPEN", "CLOSED"));
    }

    /**
     * A head's page shows names and words: no codes, no ISO dates, German only, a phone's width.
     */
    private void headReads(String page, List<String> codes) throws Exception {
        readsAsWords(page, concat(concat(CODES, codes), List.of(location)));
    }

    @Test
    void theDisplayShowsEarlierCallsAtOnceAndARecallAsOneRow() throws Exception {
        ApiClient clerk = ApiClient.at(deploymentUrl).as("standesamt-schalter", "demo");
        String base = "/api/units/" + UNIT + "/locations/" + location;
        JsonObject ticket =
                ok(
                                clerk.post(
                                        base + "/tickets",
                                        "{\"walkIn\":{\"service\":\"geburtsurkunde\"}}"),
                                201)
                        .json();
        String number = ticket.getString("number");
        ok(clerk.post(base + "/queue/call-next", "{\"counter\":\"3\"}"), 200);

        browser.phone();
        browser.go("/anzeige.html?location=" + location);
        browser.awaitText("#calls", number);
        assertTrue(browser.find("#calls li").getText().contains("Schalter 3"));
        browser.awaitText("h1", "Seitenhaus " + placeName());

        ok(
                clerk.post(
                        "/api/tickets/" + ticket.getJsonNumber("id") + "/recall",
                        "{\"counter\":\"3\"}"),
                200);
        browser.waitUntil(
                d ->
                        "2"
                                .equals(
                                        browser.find("#calls li[data-number='" + number + "']")
                                                .getAttribute("data-calls")));
        assertEquals(1, browser.all("#calls li[data-number='" + number + "']").size(), "one row");

        browser.click("#sound");
        assertEquals("true", browser.find("#sound").getAttribute("aria-pressed"));
        assertEquals("Ton ausschalten", browser.find("#sound").getText());
        assertTrue(
                browser.pageWidth() <= 390,
                "no sideways scrolling: " + browser.pageWidth() + " px");
        accessible("display-phone");

        // a reload shows the same calls at once, still one row for the number
        browser.go("/anzeige.html?location=" + location + "&lang=en");
        browser.awaitText("#calls", number);
        assertEquals(1, browser.all("#calls li[data-number='" + number + "']").size());
        assertEquals("Turn sound on", browser.find("#sound").getText());
    }

    @Test
    void aDealerReadsNamesAClearVinErrorAndNoStaleResultOnAPhone() throws Exception {
        String vin =
                ("WVW" + UUID.randomUUID().toString().replace("-", "").toUpperCase())
                        .substring(0, 17)
                        .replace('I', '1')
                        .replace('O', '0')
                        .replace('Q', '9');
        Path csv = Files.createTempFile("sammelauftrag", ".csv");
        Files.writeString(
                csv, "vin;kind;plate\n" + vin + ";CHANGE_OF_KEEPER;\nWVW123;NEW_REGISTRATION;\n");
        browser.phone();
        browser.go("/haendler.html");
        browser.type("#user", "autohaus-nord");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        assertTrue(browser.find("#kinds").getText().contains("Umschreibung (Halterwechsel)"));
        String template =
                (String)
                        browser.script(
                                "return fetch(document.getElementById('template').href).then(r => r.text())");
        assertEquals("vin;kind;plate", template.strip(), "the template's header is the hint's");
        assertTrue(browser.find("#upload .hint").getText().contains("vin;kind;plate"));

        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.click("#upload button[type=submit]");
        browser.awaitText("#outcome-summary", "Angenommene Fahrzeuge: 1; abgelehnte Zeilen: 1");
        assertEquals(
                "Die FIN muss 17 Zeichen haben (6 eingegeben)",
                browser.find("#rejected td:nth-child(2)").getText().replace("Grund", "").strip());
        String items = browser.awaitText("#items", vin);
        assertTrue(items.contains("Umschreibung (Halterwechsel)"), items);
        for (String code : List.of("CHANGE_OF_KEEPER", "SUBMITTED", "SCHEDULED")) {
            assertTrue(
                    !items.contains(code), "the item list shows the code " + code + ": " + items);
        }
        assertTrue(
                browser.pageWidth() <= 390,
                "no sideways scrolling: " + browser.pageWidth() + " px");
        accessible("dealer-phone-result");

        // a file the server refuses as a whole takes the previous result off the screen
        Path headless = Files.createTempFile("ohne-kopfzeile", ".csv");
        Files.writeString(headless, "FIN;Art;Kennzeichen\n" + vin + ";NEW_REGISTRATION;\n");
        browser.find("#file").sendKeys(headless.toAbsolutePath().toString());
        browser.click("#upload button[type=submit]");
        browser.awaitText("#message", "Die erste Zeile muss die Spaltennamen vin;kind;plate");
        assertEquals(false, browser.all("#outcome").get(0).isDisplayed(), "no stale result");
        assertTrue(browser.all("#rejected tr").isEmpty());
    }

    @Test
    void theKioskKeepsItsSetupInEnglishServesTwoUnitsPrintsTheTicketAndResets() throws Exception {
        browser.phone();
        browser.go("/kiosk.html");
        browser.type("#user", "standesamt-schalter");
        browser.type("#password", "demo");
        browser.choose("#k-location", location);
        browser.click("label[for='k-unit-" + UNIT + "']");
        browser.click("label[for='k-unit-vehicle']");
        browser.type("#k-idle", "12");
        browser.click("#login button[type=submit]");
        browser.awaitText("#login-message", "keine Nummern ausgeben für: Kfz-Zulassung");
        browser.type("#user", "admin");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.find("#kiosk-services button[data-service='geburtsurkunde']");
        browser.find("#kiosk-services button[data-service='kfz-neuzulassung']");
        assertTrue(
                browser.all("#kiosk-services button[data-service='kfz-haendler']").isEmpty(),
                "the dealers' service is not offered to the public");
        String welcome = browser.find("#welcome").getText();
        assertTrue(
                welcome.contains("Standesamt") && welcome.contains("Seitenhaus " + placeName()),
                welcome);
        assertTrue(
                browser.pageWidth() <= 390,
                "no sideways scrolling: " + browser.pageWidth() + " px");
        accessible("kiosk-two-units");

        // a citizen switches to English: the kiosk stays set up and signed in
        browser.click("#language");
        browser.awaitText("#h-welcome", "Please check in");
        assertEquals("en", browser.script("return document.documentElement.lang"));
        browser.click("#kiosk-services button[data-service='geburtsurkunde']");
        String number = browser.find("#result-number").getText();
        assertTrue(number.startsWith("S"), number);
        assertTrue(browser.find("#result-unit").getText().startsWith("Civil registry office"));
        assertTrue(browser.find("#result-time").getText().startsWith("drawn at "));

        // printed: the number, its unit and time, nothing else of the page
        browser.printMedia(true);
        assertTrue(browser.find("#result-number").isDisplayed());
        assertTrue(browser.find("#result-time").isDisplayed());
        assertEquals(false, browser.all("header.bar").get(0).isDisplayed(), "no header on paper");
        assertEquals(false, browser.all("#print").get(0).isDisplayed(), "no buttons on paper");
        browser.printMedia(false);
        englishOnly(browser.visibleText());
        accessible("kiosk-ticket-english");

        // nobody touches it: back to the start for the next person
        browser.waitUntil(d -> browser.all("#welcome").get(0).isDisplayed());
        assertEquals(false, browser.all("#result").get(0).isDisplayed());

        // a reload (or the kiosk's power cut) keeps the setup, and with the staff session still
        // good the kiosk goes straight back to work, in the language it was in
        browser.go("/"); // away and back: a reload, not a jump within the page
        browser.go("/kiosk.html?lang=en");
        browser.find("#kiosk-services button[data-service='geburtsurkunde']");
        browser.find("#kiosk-services button[data-service='kfz-neuzulassung']");
        browser.awaitText("#h-welcome", "Please check in");
        assertEquals(false, browser.all("#login").get(0).isDisplayed(), "no set-up form again");

        // whoever stands at the kiosk and opens a staff page is not signed in as its staff
        browser.go("/schalter.html");
        browser.find("#login #user");
        assertTrue(browser.all("#work:not(.hidden)").isEmpty(), "no staff page from the kiosk");
    }

    /** After a reload the session holds: the page goes straight to work, no sign-in form. */
    private void stillSignedIn() {
        browser.find("#work");
        assertTrue(browser.all("#login:not(.hidden)").isEmpty(), "no sign-in after a reload");
    }

    private void signInAsHead() {
        browser.type("#user", "standesamt-leitung");
        browser.type("#password", "demo");
        browser.click("#login button[type=submit]");
        browser.find("#work");
    }
}
