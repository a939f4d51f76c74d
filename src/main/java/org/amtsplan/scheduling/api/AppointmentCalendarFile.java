package org.amtsplan.scheduling.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The appointment as an iCalendar file (RFC 5545) for the citizen's calendar app, written with
 * ical4j from an event's facts: the same file the citizen downloads and a mail carries. Times are
 * UTC instants, which every calendar app shows in the user's own zone; the UID is stable, so a
 * rescheduled or cancelled appointment replaces the earlier entry.
 */
public final class AppointmentCalendarFile {

    private AppointmentCalendarFile() {}

    /** The office that sent the file: the location by name, the address mails come from. */
    private static Organizer organizer(AppointmentFacts appointment) {
        String from = "termine@amtsplan.example"; // the mail sender's default
        try {
            from =
                    ConfigProvider.getConfig()
                            .getOptionalValue("amtsplan.mail.from", String.class)
                            .filter(value -> !value.isBlank())
                            .orElse(from);
        } catch (RuntimeException | java.util.ServiceConfigurationError noConfig) {
            // outside a server (plain unit tests): the default
        }
        Organizer organizer = new Organizer(mailto(from));
        organizer.add(
                new Cn(
                        appointment.locationName() != null
                                ? appointment.locationName()
                                : "Amtsplan"));
        return organizer;
    }

    /**
     * The sender as a mailto URI: the address alone when the setting carries a display name
     * ("Bürgeramt &lt;termine@stadt.de&gt;", which the mail sender accepts), the default when it is
     * no URI at all, so a setting never breaks the file.
     */
    static URI mailto(String from) {
        String address = from.strip();
        int open = address.lastIndexOf('<');
        int close = address.lastIndexOf('>');
        if (open >= 0 && close > open) {
            address = address.substring(open + 1, close).strip();
        }
        try {
            return new URI("mailto", address, null);
        } catch (java.net.URISyntaxException | IllegalArgumentException notAnAddress) {
            return URI.create("mailto:termine@amtsplan.example");
        }
    }

    public static String of(AppointmentFacts appointment) {
        boolean cancelled =
                appointment.status() == AppointmentStatus.CANCELLED
                        || appointment.status() == AppointmentStatus.CANCELLED_BY_OFFICE;
        return calendar(
                appointment,
                appointment.start(),
                appointment.end(),
                appointment.code() + "@amtsplan",
                "",
                cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED);
    }

    /** The replacement proposed after a disruption, tentative until the citizen accepts it. */
    public static String ofProposal(AppointmentFacts appointment) {
        String prefix = "en".equals(appointment.language()) ? "Replacement: " : "Ersatztermin: ";
        return calendar(
                appointment,
                appointment.replacementStart(),
                appointment.replacementEnd(),
                appointment.code() + "-replacement@amtsplan",
                prefix,
                Status.VALUE_TENTATIVE);
    }

    private static String calendar(
            AppointmentFacts appointment,
            OffsetDateTime start,
            OffsetDateTime end,
            String uid,
            String summaryPrefix,
            String status) {
        String serviceNames =
                appointment.services().stream()
                        .map(AppointmentFacts.BookedService::name)
                        .collect(Collectors.joining(", "));
        VEvent event =
                new VEvent(
                        start.toInstant(),
                        end.toInstant(),
                        summaryPrefix + serviceNames + " (" + appointment.code() + ")");
        event.add(new Uid(uid));
        // exactly one DTSTAMP (RFC 5545): the constructor stamped the event with the wall clock,
        // which a second stamp (the appointment's creation) used to follow, and calendar apps
        // refused the file. The creation it is, so the same appointment gives the same file.
        if (appointment.createdAt() != null) {
            event.replace(new DtStamp(appointment.createdAt()));
        }
        // RFC 5546 (iTIP) asks for an organizer; each move of the appointment raises the sequence,
        // and a cancellation carries one above the last published, so that the calendar app
        // replaces its entry rather than keeping the old time
        event.add(organizer(appointment));
        event.add(
                new Sequence(
                        appointment.revision() + (Status.VALUE_CANCELLED.equals(status) ? 1 : 0)));
        if (appointment.locationName() != null) {
            event.add(
                    new Location(
                            appointment.locationName() + ", " + appointment.locationAddress()));
        }
        event.add(new Description(description(appointment)));
        event.add(new Status(status));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Amtsplan//Termine//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(
                Status.VALUE_CANCELLED.equals(status)
                        ? ImmutableMethod.CANCEL
                        : ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString();
    }

    private static String description(AppointmentFacts appointment) {
        boolean english = "en".equals(appointment.language());
        StringBuilder text = new StringBuilder();
        text.append(english ? "Booking code: " : "Buchungscode: ").append(appointment.code());
        List<String> documents =
                appointment.services().stream()
                        .flatMap(s -> s.documents().stream())
                        .distinct()
                        .toList();
        if (!documents.isEmpty()) {
            text.append("\n").append(english ? "Please bring:" : "Bitte mitbringen:");
            documents.forEach(d -> text.append("\n- ").append(d));
        }
        return text.toString();
    }
}
