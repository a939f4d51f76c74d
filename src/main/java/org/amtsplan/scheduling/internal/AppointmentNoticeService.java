package org.amtsplan.scheduling.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amtsplan.scheduling.api.AppointmentNotices;
import org.amtsplan.scheduling.api.Location;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.internal.domain.Appointment;
import org.amtsplan.scheduling.internal.domain.AppointmentRepository;
import org.amtsplan.scheduling.internal.domain.OfferedService;
import org.amtsplan.scheduling.internal.domain.OfferedServiceRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AppointmentNoticeService implements AppointmentNotices {

  @Inject AppointmentRepository appointments;
  @Inject OfferedServiceRepository services;
  @Inject Locations locations;
  @Inject AppointmentsOfThisTransaction inTransaction;
  @Inject Clock clock;

  @PersistenceContext(unitName = "amtsplan")
  EntityManager em;

  @Override
  public Optional<Notice> notice(String code) {
    return inTransaction.recall(code).or(() -> appointments.byCode(code)).map(a -> {
      Optional<Location> location = locations.find(a.locationId());
      List<String> names = serviceList(a).stream().map(s -> s.name(a.language())).toList();
      return new Notice(a.code(), a.token(), a.name(), a.email(), a.language(), a.unitId(), a.locationId(),
          location.map(Location::name).orElse(a.locationId()), location.map(Location::address).orElse(""),
          a.startsAt(), a.endsAt(), names, a.status(), a.replacementStart());
    });
  }

  @Override
  public List<String> dueForReminder(LocalDate day, int limit) {
    return em.createNativeQuery("select code from sch_appointment where status = 'BOOKED' and starts_at >= ?1 and starts_at < ?2"
            + " and reminded_at is null and email is not null order by starts_at, code limit ?3")
        .setParameter(1, day.atStartOfDay())
        .setParameter(2, day.plusDays(1).atStartOfDay())
        .setParameter(3, limit)
        .getResultList().stream().map(Object::toString).toList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean markReminded(String code) {
    return em.createNativeQuery("update sch_appointment set reminded_at = ?1 where code = ?2 and reminded_at is null and status = 'BOOKED'")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, code)
        .executeUpdate() == 1;
  }

  @Override
  public String calendarFile(String code) {
    Appointment appointment = inTransaction.recall(code).or(() -> appointments.byCode(code)).orElseThrow();
    return AppointmentCalendarFile.of(appointment, serviceList(appointment), locations.find(appointment.locationId()).orElse(null));
  }

  @Override
  public String replacementCalendarFile(String code) {
    Appointment appointment = inTransaction.recall(code).or(() -> appointments.byCode(code))
        .filter(a -> a.replacementStart() != null).orElseThrow();
    return AppointmentCalendarFile.ofProposal(appointment, serviceList(appointment), locations.find(appointment.locationId()).orElse(null));
  }

  private List<Service> serviceList(Appointment a) {
    return a.services().stream().map(services::find).flatMap(Optional::stream).map(OfferedService::view).toList();
  }
}
