package org.amtsplan.scheduling.internal;

import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.internal.domain.Appointment;

/**
 * The appointment as an iCalendar file (RFC 5545) for the citizen's calendar app, written with
 * ical4j. Times are UTC instants, which every calendar app shows in the user's own zone; the UID is
 * stable, so a rescheduled or cancelled appointment replaces the earlier entry.
 */
final class AppointmentCalendarFile {

  private AppointmentCalendarFile() {}

  static String of(
      Appointment appointment, List<Service> services, org.amtsplan.scheduling.api.Location location) {
    boolean cancelled =
        appointment.status() == AppointmentStatus.CANCELLED
            || appointment.status() == AppointmentStatus.CANCELLED_BY_OFFICE;
    return calendar(appointment, services, location, appointment.startsAt(), appointment.endsAt(), appointment.code() + "@amtsplan", "",
        cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED);
  }

  /** The replacement proposed after a disruption, tentative until the citizen accepts it. */
  static String ofProposal(
      Appointment appointment, List<Service> services, org.amtsplan.scheduling.api.Location location) {
    java.time.LocalDateTime start = appointment.replacementStart();
    java.time.LocalDateTime end = start.plus(java.time.Duration.between(appointment.startsAt(), appointment.endsAt()));
    String prefix = "en".equals(appointment.language()) ? "Replacement: " : "Ersatztermin: ";
    return calendar(appointment, services, location, start, end, appointment.code() + "-replacement@amtsplan", prefix, Status.VALUE_TENTATIVE);
  }

  private static String calendar(Appointment appointment, List<Service> services, org.amtsplan.scheduling.api.Location location,
      java.time.LocalDateTime start, java.time.LocalDateTime end, String uid, String summaryPrefix, String status) {
    String language = appointment.language();
    String serviceNames = services.stream().map(s -> s.name(language)).collect(Collectors.joining(", "));
    VEvent event =
        new VEvent(
            start.atZone(CityTime.zone()).toInstant(),
            end.atZone(CityTime.zone()).toInstant(),
            summaryPrefix + serviceNames + " (" + appointment.code() + ")");
    event.add(new Uid(uid));
    event.add(new DtStamp(appointment.createdAt()));
    if (location != null) {
      event.add(new Location(location.name() + ", " + location.address()));
    }
    event.add(new Description(description(appointment, services, language)));
    event.add(new Status(status));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Amtsplan//Termine//DE"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(Status.VALUE_CANCELLED.equals(status) ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
    calendar.add(event);
    return calendar.toString();
  }

  private static String description(Appointment appointment, List<Service> services, String language) {
    StringBuilder text = new StringBuilder();
    text.append("en".equals(language) ? "Booking code: " : "Buchungscode: ").append(appointment.code());
    List<String> documents = services.stream().flatMap(s -> s.documents().stream()).distinct().toList();
    if (!documents.isEmpty()) {
      text.append("\n").append("en".equals(language) ? "Please bring:" : "Bitte mitbringen:");
      documents.forEach(d -> text.append("\n- ").append(d));
    }
    return text.toString();
  }
}
