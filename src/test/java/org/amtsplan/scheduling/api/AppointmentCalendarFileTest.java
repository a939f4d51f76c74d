package org.amtsplan.scheduling.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The calendar file as a calendar app reads it: parsed and validated by ical4j's parser. */
class AppointmentCalendarFileTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static AppointmentFacts facts(AppointmentStatus status) {
        OffsetDateTime start = ZonedDateTime.of(2030, 6, 5, 9, 0, 0, 0, BERLIN).toOffsetDateTime();
        return new AppointmentFacts(
                "K7Q-4MZ",
                "secret",
                "vehicle",
                status,
                List.of(
                        new AppointmentFacts.BookedService(
                                "kfz-zulassung", "Zulassung", List.of("Personalausweis"))),
                "mitte",
                "Bürgerservice Mitte",
                "Marktplatz 1",
                start,
                start.plusMinutes(30),
                Instant.parse("2030-06-01T08:00:00Z"),
                "Marie Muster",
                "marie@example.org",
                null,
                "de",
                null,
                null);
    }

    static Calendar parsed(String file) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(file));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        return calendar;
    }

    static Instant instant(Property property) {
        Temporal value =
                property instanceof DtStart<?> s ? s.getDate() : ((DtEnd<?>) property).getDate();
        return Instant.from(value);
    }

    @Test
    void theFileHasOneEventWithOneStampAndTheBerlinTimesOfTheAppointment() throws Exception {
        String file = AppointmentCalendarFile.of(facts(AppointmentStatus.BOOKED));
        assertEquals(
                file,
                AppointmentCalendarFile.of(facts(AppointmentStatus.BOOKED)),
                "the same appointment gives the same file (stamped with its creation)");
        assertTrue(file.contains("DTSTAMP:20300601T080000Z"), file);
        assertEquals(1, file.lines().filter(l -> l.startsWith("DTSTAMP")).count(), file);
        Calendar calendar = parsed(file);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(1, event.getProperties("DTSTAMP").size());
        assertEquals(
                ZonedDateTime.of(2030, 6, 5, 9, 0, 0, 0, BERLIN).toInstant(),
                instant(event.getProperty("DTSTART").orElseThrow()));
        assertEquals(
                ZonedDateTime.of(2030, 6, 5, 9, 30, 0, 0, BERLIN).toInstant(),
                instant(event.getProperty("DTEND").orElseThrow()));
        assertEquals("CONFIRMED", event.getProperty("STATUS").orElseThrow().getValue());
        assertTrue(
                event.getProperty("DESCRIPTION")
                        .orElseThrow()
                        .getValue()
                        .contains("Personalausweis"));
    }

    @Test
    void aCancelledAppointmentAndAProposalAreValidFilesToo() throws Exception {
        Calendar cancelled = parsed(AppointmentCalendarFile.of(facts(AppointmentStatus.CANCELLED)));
        assertEquals("CANCEL", cancelled.getProperty("METHOD").orElseThrow().getValue());
        AppointmentFacts f = facts(AppointmentStatus.CANCELLED_BY_OFFICE);
        AppointmentFacts proposed =
                new AppointmentFacts(
                        f.code(),
                        f.accessToken(),
                        f.unit(),
                        f.status(),
                        f.services(),
                        f.location(),
                        f.locationName(),
                        f.locationAddress(),
                        f.start(),
                        f.end(),
                        f.createdAt(),
                        f.name(),
                        f.email(),
                        f.phone(),
                        f.language(),
                        "D1",
                        f.start().plusDays(2));
        VEvent event =
                parsed(AppointmentCalendarFile.ofProposal(proposed))
                        .<VEvent>getComponents("VEVENT")
                        .get(0);
        assertEquals(1, event.getProperties("DTSTAMP").size());
        assertEquals(
                ZonedDateTime.of(2030, 6, 7, 9, 0, 0, 0, BERLIN).toInstant(),
                instant(event.getProperty("DTSTART").orElseThrow()));
    }

    @Test
    void aMovedAppointmentsFileReplacesTheEntryAndItsCancellationComesAfterIt() throws Exception {
        AppointmentFacts booked = facts(AppointmentStatus.BOOKED);
        assertEquals("0", sequence(AppointmentCalendarFile.of(booked)), "never moved");
        AppointmentFacts movedTwice = revised(booked, AppointmentStatus.BOOKED, 2);
        assertEquals(
                "2",
                sequence(AppointmentCalendarFile.of(movedTwice)),
                "same UID, higher sequence: the calendar app moves its entry");
        assertEquals(
                "3",
                sequence(
                        AppointmentCalendarFile.of(
                                revised(booked, AppointmentStatus.CANCELLED, 2))),
                "above the last published, or the app keeps the entry");
    }

    private static String sequence(String file) throws Exception {
        return parsed(file)
                .<VEvent>getComponents("VEVENT")
                .get(0)
                .getProperty("SEQUENCE")
                .orElseThrow()
                .getValue();
    }

    private static AppointmentFacts revised(
            AppointmentFacts f, AppointmentStatus status, int revision) {
        return new AppointmentFacts(
                f.code(),
                f.accessToken(),
                f.unit(),
                status,
                f.services(),
                f.location(),
                f.locationName(),
                f.locationAddress(),
                f.start(),
                f.end(),
                f.createdAt(),
                f.name(),
                f.email(),
                f.phone(),
                f.language(),
                f.disruption(),
                f.replacementStart(),
                revision);
    }

    @Test
    void theOrganizerIsTheSendersAddressEvenWhenTheSettingCarriesADisplayName() {
        assertEquals(
                "mailto:termine@stadt.example",
                AppointmentCalendarFile.mailto("Bürgeramt Musterstadt <termine@stadt.example>")
                        .toString());
        assertEquals(
                "mailto:termine@stadt.example",
                AppointmentCalendarFile.mailto(" termine@stadt.example ").toString());
    }
}
