package org.amtsplan.scheduling.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentFacts;
import org.amtsplan.scheduling.api.Location;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.internal.catalogue.CatalogueCache;
import org.amtsplan.scheduling.internal.support.CityTime;

/**
 * The one place where an appointment becomes an event: the aggregate's state after the change plus
 * the names of its services and location, so that observers never read the appointment again.
 * Services and location come from the {@link CatalogueCache}: two queries fewer per booking.
 */
@ApplicationScoped
public class AppointmentEvents {

    @Inject CatalogueCache catalogue;

    public AppointmentEvent.Booked booked(Appointment appointment) {
        return new AppointmentEvent.Booked(facts(appointment));
    }

    public AppointmentEvent.Confirmed confirmed(Appointment appointment) {
        return new AppointmentEvent.Confirmed(facts(appointment));
    }

    public AppointmentEvent.Cancelled cancelled(Appointment appointment, String by) {
        return new AppointmentEvent.Cancelled(facts(appointment), by);
    }

    public AppointmentEvent.Rescheduled rescheduled(Appointment appointment, LocalDateTime from) {
        return new AppointmentEvent.Rescheduled(facts(appointment), CityTime.offset(from));
    }

    public AppointmentEvent.Expired expired(Appointment appointment) {
        return new AppointmentEvent.Expired(facts(appointment));
    }

    public AppointmentEvent.Restored restored(Appointment appointment, String disruption) {
        return new AppointmentEvent.Restored(facts(appointment), disruption);
    }

    public AppointmentEvent.ReplacementProposed replacementProposed(
            Appointment appointment, String disruption) {
        return new AppointmentEvent.ReplacementProposed(
                facts(appointment), disruption, appointment.unserved());
    }

    public AppointmentEvent.ReminderDue reminderDue(Appointment appointment) {
        return new AppointmentEvent.ReminderDue(facts(appointment));
    }

    /** The appointment as it is now, for an event or its calendar file. */
    public AppointmentFacts facts(Appointment appointment) {
        List<Service> booked =
                appointment.services().stream()
                        .map(catalogue::service)
                        .flatMap(Optional::stream)
                        .toList();
        return facts(appointment, booked, catalogue.location(appointment.locationId()));
    }

    static AppointmentFacts facts(
            Appointment a, List<Service> booked, Optional<Location> location) {
        return new AppointmentFacts(
                a.code(),
                a.token(),
                a.unitId(),
                a.status(),
                booked.stream()
                        .map(
                                s ->
                                        new AppointmentFacts.BookedService(
                                                s.code(),
                                                s.name(a.language()),
                                                s.documents(a.language())))
                        .toList(),
                a.locationId(),
                location.map(Location::name).orElse(a.locationId()),
                location.map(Location::address).orElse(""),
                CityTime.offset(a.startsAt()),
                CityTime.offset(a.endsAt()),
                a.createdAt(),
                a.name(),
                a.email(),
                a.phone(),
                a.language(),
                a.disruptionId(),
                CityTime.offset(a.replacementStart()),
                a.moves());
    }
}
