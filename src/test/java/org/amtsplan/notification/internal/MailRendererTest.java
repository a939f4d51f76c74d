package org.amtsplan.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amtsplan.notification.ConfirmationSignatures;
import org.amtsplan.scheduling.api.AppointmentFacts;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.testing.QrCodes;
import org.junit.jupiter.api.Test;

/**
 * Mails rendered from the intent as the outbox stores it (JSON), without a container or a database.
 */
class MailRendererTest {

    static final String URL = "https://termine.example";
    static final OffsetDateTime NINE = OffsetDateTime.parse("2026-12-10T09:00+01:00");

    @Test
    void aStoredConfirmRequestRendersTheGermanTextWordForWord() {
        RenderedMail mail =
                new MailRenderer(URL, ConfirmationSignatures.NONE)
                        .render(stored(MessageKind.CONFIRM_REQUEST, facts("de")));

        assertEquals("Bitte bestätigen Sie Ihren Termin K7XQ2M", mail.subject());
        assertEquals(
                """
        Guten Tag Erika Mustermann,

        wir haben diesen Termin für Sie reserviert. Er wird verbindlich, sobald Sie ihn bestätigen:

        Buchungscode: K7XQ2M
        Wann: Donnerstag, 10. Dezember 2026, 09:00 Uhr
        Wo: Bürgerbüro Mitte, Marktplatz 1
        Anliegen: Geburtsurkunde, Meldebescheinigung

        Bestätigen: https://termine.example/termin.html#code=K7XQ2M&token=secret-token&action=confirm
        Ohne Bestätigung verfällt die Reservierung.

        Ihr Termin: https://termine.example/termin.html#code=K7XQ2M&token=secret-token

        Ihr Bürgerservice""",
                mail.body());
        assertTrue(
                mail.attachments().isEmpty(), "a request to confirm carries nothing to keep yet");
    }

    @Test
    void anEnglishConfirmationCarriesCalendarFileAndTheQrCodeSignedWhenRendered() {
        List<String> signed = new ArrayList<>();
        ConfirmationSignatures signer =
                (code, unit, location, start, name) -> {
                    signed.add(code + "|" + unit + "|" + location + "|" + start + "|" + name);
                    return Optional.of("AP1.payload-of-" + code + ".signature");
                };

        RenderedMail mail =
                new MailRenderer(URL, signer)
                        .render(stored(MessageKind.BOOKING_CONFIRMATION, facts("en")));

        assertEquals("Your appointment K7XQ2M is booked", mail.subject());
        assertTrue(
                mail.body()
                        .startsWith("Hello Erika Mustermann,\n\nyour appointment is booked:\n\n"),
                mail.body());
        assertTrue(mail.body().contains("When: Thursday, 10 December 2026, 09:00\n"), mail.body());
        assertTrue(
                mail.body().contains("For: Birth certificate, Registration certificate\n"),
                mail.body());
        assertTrue(mail.body().contains("Please bring the attached QR code"), mail.body());
        assertTrue(
                mail.body()
                        .contains(
                                "Your appointment: https://termine.example/termin.html?lang=en#code=K7XQ2M&token=secret-token\n"));
        assertEquals(
                List.of("K7XQ2M|civil-registry|mitte|2026-12-10T09:00+01:00|Erika Mustermann"),
                signed,
                "signed once, at rendering, with the appointment's start in the city's offset");

        RenderedMail.Attachment calendar = mail.attachments().get(0);
        assertEquals("termin-K7XQ2M.ics", calendar.fileName());
        assertTrue(calendar.contentType().startsWith("text/calendar"));
        String ics = new String(calendar.content(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("DTSTART:20261210T080000Z"), ics);
        assertTrue(
                ics.contains("SUMMARY:Birth certificate\\, Registration certificate (K7XQ2M)"),
                ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"), ics);
        assertTrue(
                ics.contains("ID card"),
                "the documents to bring are in the calendar entry: " + ics);

        RenderedMail.Attachment qrCode = mail.attachments().get(1);
        assertEquals("bestaetigung-K7XQ2M.png", qrCode.fileName());
        assertEquals("AP1.payload-of-K7XQ2M.signature", QrCodes.read(qrCode.content()));
    }

    @Test
    void withoutASigningKeyTheMailHasNoQrCodeAndDoesNotAskForOne() {
        RenderedMail mail =
                new MailRenderer(URL, ConfirmationSignatures.NONE)
                        .render(stored(MessageKind.REMINDER, facts("de")));

        assertEquals("Erinnerung: Ihr Termin K7XQ2M morgen", mail.subject());
        assertEquals(1, mail.attachments().size(), "the calendar file only");
        assertFalse(mail.body().contains("QR"), mail.body());
        assertTrue(
                mail.body()
                        .contains(
                                "damit jemand anderes die Zeit bekommt: https://termine.example/termin.html#code=K7XQ2M"
                                        + "&token=secret-token\n\nMit der angehängten Kalenderdatei"),
                mail.body());
    }

    @Test
    void aReplacementProposalNamesTheNewTimeAndCarriesATentativeCalendarEntry() {
        AppointmentFacts cancelled =
                facts(
                        "de",
                        AppointmentStatus.CANCELLED_BY_OFFICE,
                        OffsetDateTime.parse("2026-12-11T14:00+01:00"));

        RenderedMail mail =
                new MailRenderer(URL, ConfirmationSignatures.NONE)
                        .render(stored(MessageKind.REPLACEMENT_PROPOSAL, cancelled));

        assertEquals("Ersatztermin für Ihren Termin K7XQ2M", mail.subject());
        assertTrue(
                mail.body()
                        .contains(
                                "wir haben einen Ersatztermin für Sie reserviert: Freitag, 11. Dezember 2026, 14:00 Uhr,"
                                        + " Bürgerbüro Mitte\n\nAnnehmen (oder eine andere reservierte Zeit wählen): "
                                        + "https://termine.example/termin.html#code=K7XQ2M&token=secret-token&action=replacement\n"),
                mail.body());
        RenderedMail.Attachment calendar = mail.attachments().get(0);
        assertEquals("ersatztermin-K7XQ2M.ics", calendar.fileName());
        String ics = new String(calendar.content(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("STATUS:TENTATIVE"), ics);
        assertTrue(ics.contains("DTSTART:20261211T130000Z"), ics);
        assertTrue(
                ics.contains("DTEND:20261211T133000Z"),
                "as long as the original appointment: " + ics);
    }

    @Test
    void aProposalToSomeoneTheOfficeCouldNotServeSaysSoAndNotTheirAppointment() {
        AppointmentFacts standIn =
                facts(
                        "de",
                        AppointmentStatus.CANCELLED_BY_OFFICE,
                        OffsetDateTime.parse("2026-12-11T14:00+01:00"));
        MailRenderer renderer = new MailRenderer(URL, ConfirmationSignatures.NONE);

        RenderedMail german = renderer.render(stored(MessageKind.UNSERVED_PROPOSAL, standIn));

        assertEquals(
                "Terminvorschlag: Sie konnten am 10. Dezember 2026 nicht bedient werden",
                german.subject());
        assertTrue(
                german.body()
                        .contains(
                                "Sie konnten am Donnerstag, 10. Dezember 2026, 09:00 Uhr wegen einer Störung in unserem Haus"
                                        + " nicht bedient werden. Wir schlagen Ihnen diesen Termin vor und haben ihn für Sie"
                                        + " reserviert: Freitag, 11. Dezember 2026, 14:00 Uhr, Bürgerbüro Mitte\n"),
                german.body());
        assertTrue(german.body().contains("action=replacement"), german.body());
        assertTrue(
                !german.body().contains("Ihren Termin") && !german.body().contains("Ihr Termin:"),
                "they had none: " + german.body());
        assertTrue(!german.body().contains("Ersatz"), german.body());
        assertEquals("ersatztermin-K7XQ2M.ics", german.attachments().get(0).fileName());

        RenderedMail english =
                renderer.render(
                        stored(
                                MessageKind.UNSERVED_PROPOSAL,
                                facts(
                                        "en",
                                        AppointmentStatus.CANCELLED_BY_OFFICE,
                                        OffsetDateTime.parse("2026-12-11T14:00+01:00"))));
        assertEquals(
                "Appointment proposal: we could not serve you on 10 December 2026",
                english.subject());
        assertTrue(
                english.body()
                        .contains("we could not serve you on Thursday, 10 December 2026, 09:00"),
                english.body());
        assertTrue(
                !english.body().toLowerCase(java.util.Locale.ROOT).contains("your appointment"),
                english.body());
    }

    @Test
    void theStoredIntentHoldsTheFactsNotTheText() {
        String json = new MessageIntent(MessageKind.BOOKING_CONFIRMATION, facts("de")).toJson();

        assertTrue(json.contains("\"kind\":\"BOOKING_CONFIRMATION\""), json);
        assertTrue(json.contains("\"name\":\"Erika Mustermann\""), json);
        assertFalse(
                json.contains("Guten Tag") || json.contains("BEGIN:VCALENDAR"),
                "nothing rendered is stored: " + json);
        assertEquals(
                new MessageIntent(MessageKind.BOOKING_CONFIRMATION, facts("de")),
                MessageIntent.fromJson(json));
    }

    @Test
    void aRowWrittenBeforeTheOutboxStoredIntentsIsSentAsItWasRenderedThen() {
        Outbox.Message old =
                new Outbox.Message(
                        7,
                        "K7XQ2M",
                        "erika@example.org",
                        null,
                        "Ihr Termin K7XQ2M ist gebucht",
                        "Guten Tag,\n\nIhr Termin ist gebucht",
                        "termin-K7XQ2M.ics",
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                        "AP1.old.signature");

        RenderedMail mail = old.storedMail();

        assertEquals("Ihr Termin K7XQ2M ist gebucht", mail.subject());
        assertEquals("Guten Tag,\n\nIhr Termin ist gebucht", mail.body());
        assertEquals("termin-K7XQ2M.ics", mail.attachments().get(0).fileName());
        assertEquals(
                "AP1.old.signature",
                QrCodes.read(mail.attachments().get(1).content()),
                "the QR code drawn from the stored signature");
    }

    /** As the dispatcher gets it: written to JSON by the outbox and read back. */
    private static MessageIntent stored(MessageKind kind, AppointmentFacts facts) {
        return MessageIntent.fromJson(new MessageIntent(kind, facts).toJson());
    }

    private static AppointmentFacts facts(String language) {
        return facts(language, AppointmentStatus.BOOKED, null);
    }

    private static AppointmentFacts facts(
            String language, AppointmentStatus status, OffsetDateTime replacementStart) {
        boolean en = "en".equals(language);
        return new AppointmentFacts(
                "K7XQ2M",
                "secret-token",
                "civil-registry",
                status,
                List.of(
                        new AppointmentFacts.BookedService(
                                "geburtsurkunde",
                                en ? "Birth certificate" : "Geburtsurkunde",
                                List.of("ID card")),
                        new AppointmentFacts.BookedService(
                                "meldebescheinigung",
                                en ? "Registration certificate" : "Meldebescheinigung",
                                List.of())),
                "mitte",
                "Bürgerbüro Mitte",
                "Marktplatz 1",
                NINE,
                NINE.plusMinutes(30),
                Instant.parse("2026-12-01T10:00:00Z"),
                "Erika Mustermann",
                "erika@example.org",
                null,
                language,
                replacementStart == null ? null : "d-1",
                replacementStart);
    }
}
