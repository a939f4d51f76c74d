package org.amtsplan.disruption.internal.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amtsplan.disruption.internal.ConfirmationSigner;
import org.amtsplan.platform.CityClock;
import org.amtsplan.scheduling.api.CounterWork;
import org.amtsplan.scheduling.api.Location;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.OfflineAppointment;
import org.amtsplan.scheduling.api.OfflineCounter;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.ServiceCatalogue;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.api.Units;

/**
 * The local copy an offline counter keeps for its unit and location: the appointments of today and
 * the next working days, today's open tickets, the services, outcomes and counters, and the key
 * that checks QR codes.
 */
@ApplicationScoped
public class OfflineCopy {

    static final int DAYS = 3;

    @Inject Units units;
    @Inject Locations locations;
    @Inject ServiceCatalogue catalogue;
    @Inject UnitRulesConfiguration rules;
    @Inject CounterWork counterWork;
    @Inject OfflineCounter counter;
    @Inject ConfirmationSigner signer;
    @Inject Clock clock;

    public record Copy(
            OffsetDateTime generatedAt,
            UnitPart unit,
            LocationPart location,
            List<LocalDate> days,
            List<ServicePart> services,
            List<Outcome> outcomes,
            List<String> counters,
            List<AppointmentPart> appointments,
            List<TicketOfToday> tickets,
            String confirmationKey) {}

    public record UnitPart(String id, String name, String ticketPrefix) {}

    public record LocationPart(String id, String name) {}

    public record ServicePart(
            String code,
            String name,
            int durationMinutes,
            List<String> documents,
            List<String> documentsEn) {}

    public record Outcome(String code, String label) {}

    public record AppointmentPart(
            String code,
            String name,
            String service,
            String serviceName,
            Integer durationMinutes,
            List<String> documents,
            LocalDateTime start,
            LocalDateTime end,
            String status,
            TicketPart ticket) {}

    public record TicketPart(long id, String number, String status) {}

    /**
     * An open ticket of today (also one drawn with a server number before an outage), so the
     * offline desk can call and serve it.
     */
    public record TicketOfToday(
            long id,
            LocalDate day,
            String number,
            String kind,
            String status,
            String service,
            String serviceName,
            String name,
            String appointmentCode,
            OffsetDateTime waitingSince,
            String counter) {}

    public Copy copy(String unitId, String locationId, String language) {
        UnitDescription unit = units.require(unitId);
        Location location = locations.require(locationId);
        LocalDate today = LocalDate.now(clock.withZone(CityClock.zone()));
        List<LocalDate> days = counter.workingDays(unitId, locationId, today, DAYS);
        List<Service> services = catalogue.list(Optional.of(unitId));
        Map<String, Service> byCode =
                services.stream().collect(Collectors.toMap(Service::code, Function.identity()));
        List<AppointmentPart> appointments =
                counter.appointments(unitId, locationId, days).stream()
                        .map(a -> appointment(a, byCode.get(a.service()), language))
                        .toList();
        return new Copy(
                OffsetDateTime.now(clock.withZone(CityClock.zone())),
                new UnitPart(unit.id(), unit.name(language), unit.ticketPrefix()),
                new LocationPart(location.id(), location.name()),
                days,
                services.stream()
                        .map(
                                s ->
                                        new ServicePart(
                                                s.code(),
                                                s.name(language),
                                                s.durationMinutes(),
                                                s.documents(),
                                                s.documentsEn()))
                        .toList(),
                outcomes(rules.rules(unitId), language),
                counterWork.counters(unitId, locationId).counters(),
                appointments,
                counter.openTickets(unitId, locationId, today).stream()
                        .map(
                                t ->
                                        new TicketOfToday(
                                                t.id(),
                                                t.day(),
                                                t.number(),
                                                t.kind().name(),
                                                t.status().name(),
                                                t.service(),
                                                byCode.containsKey(t.service())
                                                        ? byCode.get(t.service()).name(language)
                                                        : t.service(),
                                                t.name(),
                                                t.appointmentCode(),
                                                t.waitingSince(),
                                                t.counter()))
                        .toList(),
                signer.enabled() ? signer.publicKeySpki() : null);
    }

    private static AppointmentPart appointment(
            OfflineAppointment a, Service service, String language) {
        return new AppointmentPart(
                a.code(),
                a.name(),
                a.service(),
                service == null ? a.service() : service.name(language),
                service == null ? null : service.durationMinutes(),
                service == null ? List.of() : service.documents(language),
                a.start(),
                a.end(),
                a.status().name(),
                a.ticketId() == null
                        ? null
                        : new TicketPart(a.ticketId(), a.ticketNumber(), a.ticketStatus().name()));
    }

    private static List<Outcome> outcomes(UnitRules rules, String language) {
        return rules.outcomes().stream()
                .map(
                        o ->
                                new Outcome(
                                        o.code(),
                                        "en".equals(language) && o.nameEn() != null
                                                ? o.nameEn()
                                                : o.name()))
                .toList();
    }
}
