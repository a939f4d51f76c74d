package org.amtsplan.scheduling.internal.daylist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AppointmentLists;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.DayListEntry;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.PaperCase;
import org.amtsplan.scheduling.api.TicketKind;
import org.amtsplan.scheduling.api.UnitAtLocation;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.booking.Appointment;
import org.amtsplan.scheduling.internal.booking.AppointmentHistoryEntry;
import org.amtsplan.scheduling.internal.booking.AppointmentRepository;
import org.amtsplan.scheduling.internal.booking.BookingCodes;
import org.amtsplan.scheduling.internal.catalogue.OfferedService;
import org.amtsplan.scheduling.internal.catalogue.OfferedServiceRepository;
import org.amtsplan.scheduling.internal.counter.CaseRecord;
import org.amtsplan.scheduling.internal.counter.Ticket;
import org.amtsplan.scheduling.internal.counter.TicketRepository;
import org.amtsplan.scheduling.internal.support.CityTime;

/** Day lists for the offline kit, and the cases staff handled on paper, entered afterwards. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AppointmentListService implements AppointmentLists {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Units units;
    @Inject Locations locations;
    @Inject OfferedServiceRepository services;
    @Inject AppointmentRepository appointments;
    @Inject TicketRepository tickets;
    @Inject Clock clock;

    @Override
    public List<DayListEntry> dayList(String unitId, String locationId, LocalDate day) {
        units.require(unitId);
        locations.require(locationId);
        return dayListForExport(unitId, locationId, day);
    }

    @Override
    public List<DayListEntry> dayListForExport(String unitId, String locationId, LocalDate day) {
        Map<String, String> names =
                services.list(java.util.Optional.of(unitId)).stream()
                        .collect(
                                Collectors.toMap(
                                        OfferedService::code, s -> s.view().nameDe(), (a, b) -> a));
        return em
                .createQuery(
                        "select a from Appointment a where a.unitId = :unit and a.locationId = :location"
                                + " and a.startsAt >= :from and a.startsAt < :to and a.status not in :gone"
                                // a callback's stand-in is nobody's appointment of the day
                                + " and a.unserved = false order by a.startsAt, a.code",
                        Appointment.class)
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .setParameter("from", day.atStartOfDay())
                .setParameter("to", day.plusDays(1).atStartOfDay())
                .setParameter("gone", List.of(AppointmentStatus.HELD, AppointmentStatus.EXPIRED))
                .getResultList()
                .stream()
                .map(
                        a ->
                                new DayListEntry(
                                        a.startsAt().toLocalTime(),
                                        a.code(),
                                        a.name(),
                                        a.services().stream()
                                                .map(code -> names.getOrDefault(code, code))
                                                .toList(),
                                        a.status(),
                                        a.phone(),
                                        a.email()))
                .toList();
    }

    @Override
    public List<UnitAtLocation> withAppointmentsOn(LocalDate day) {
        List<?> rows =
                em.createNativeQuery(
                                "select distinct unit_id, location_id from sch_appointment where starts_at >= ?1 and starts_at < ?2"
                                        + " and status not in ('HELD', 'EXPIRED') and not unserved order by unit_id, location_id")
                        .setParameter(1, day.atStartOfDay())
                        .setParameter(2, day.plusDays(1).atStartOfDay())
                        .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new UnitAtLocation((String) r[0], (String) r[1]))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordPaperCase(PaperCase paper) {
        UnitDescription unit =
                units.find(paper.unit())
                        .orElseThrow(
                                () ->
                                        ProblemException.invalid(
                                                "unit", "scheduling.unit.unknown", paper.unit()));
        locations
                .find(paper.location())
                .orElseThrow(
                        () -> ProblemException.invalid("location", "scheduling.unknownLocation"));
        if (paper.time() == null
                || paper.outcome() == null
                || paper.outcome().isBlank()
                || paper.outcome().length() > 40) {
            throw ProblemException.invalid("outcome", "scheduling.paper.timeAndOutcomeRequired");
        }
        if (paper.clerk() == null || paper.clerk().isBlank() || paper.clerk().length() > 60) {
            throw ProblemException.invalid("clerk", "scheduling.paper.clerkRequired");
        }
        boolean noShow = "NO_SHOW".equals(paper.outcome());
        Instant at = paper.time().atZone(CityTime.zone()).toInstant();
        LocalDate day = paper.time().toLocalDate();
        String serviceCode;
        Ticket ticket;
        String number =
                String.format(
                        "%s%03d",
                        unit.ticketPrefix(), tickets.nextNumber(unit.id(), paper.location(), day));
        if (paper.appointmentCode() != null && !paper.appointmentCode().isBlank()) {
            String code = paper.appointmentCode().strip().toUpperCase(java.util.Locale.ROOT);
            Appointment appointment =
                    java.util.Optional.of(code)
                            .filter(BookingCodes::isWellFormed)
                            .flatMap(appointments::byCode)
                            .orElseThrow(
                                    () ->
                                            ProblemException.invalid(
                                                    "code",
                                                    "scheduling.appointment.unknown",
                                                    code));
            if (!appointment.unitId().equals(unit.id())
                    || !appointment.locationId().equals(paper.location())) {
                throw ProblemException.invalid("code", "scheduling.paper.appointmentElsewhere");
            }
            if (tickets.appointmentCheckedIn(appointment.code())) {
                throw ProblemException.invalid("code", "scheduling.paper.alreadyRecorded");
            }
            AppointmentStatus before = appointment.status();
            appointment.settleFromPaper(noShow);
            appointments.flush();
            appointments.record(
                    new AppointmentHistoryEntry(
                            appointment.id(),
                            clock.instant(),
                            before,
                            appointment.status(),
                            paper.clerk(),
                            Message.of("scheduling.history.recordedFromPaper")));
            serviceCode = appointment.services().get(0);
            ticket =
                    new Ticket(
                            unit.id(),
                            paper.location(),
                            day,
                            number,
                            TicketKind.APPOINTMENT,
                            serviceCode,
                            appointment.code(),
                            appointment.startsAt(),
                            appointment.name(),
                            appointment.phone(),
                            false,
                            at);
        } else {
            if (noShow) {
                throw ProblemException.invalid(
                        "outcome", "scheduling.paper.noShowOnlyForAppointments");
            }
            serviceCode =
                    services.find(paper.service() == null ? "" : paper.service())
                            .filter(s -> s.unitId().equals(unit.id()))
                            .map(OfferedService::code)
                            .orElseThrow(
                                    () ->
                                            ProblemException.invalid(
                                                    "service", "scheduling.notAServiceOfThisUnit"));
            ticket =
                    new Ticket(
                            unit.id(),
                            paper.location(),
                            day,
                            number,
                            TicketKind.WALK_IN,
                            serviceCode,
                            null,
                            null,
                            null,
                            null,
                            false,
                            at);
        }
        ticket.recordedOnPaper("Papier", paper.clerk(), paper.outcome(), at);
        tickets.add(ticket);
        if (!noShow) {
            CaseRecord record = new CaseRecord(ticket.id(), unit.id(), paper.clerk(), "Papier", at);
            record.close(paper.outcome(), paper.notes(), List.of(), at);
            tickets.add(record);
        }
    }
}
