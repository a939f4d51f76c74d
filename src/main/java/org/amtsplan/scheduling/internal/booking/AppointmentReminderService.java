package org.amtsplan.scheduling.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentReminders;

/**
 * Marks the appointments of a day reminded, each in its own transaction that also fires its {@link
 * AppointmentEvent.ReminderDue}: the mark and whatever observers write in the transaction (the
 * reminder in the outbox) commit together, and a conditional {@code UPDATE} makes exactly one
 * instance the one that reminds.
 */
@ApplicationScoped
class AppointmentReminderService implements AppointmentReminders {

    static final int ROUND = 500;

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject AppointmentRepository appointments;
    @Inject AppointmentEvents appointmentEvents;
    @Inject Event<AppointmentEvent> events;
    @Inject Clock clock;
    @Inject AppointmentReminderService self;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int remindDue(LocalDate day) {
        int reminded = 0;
        List<String> due = dueForReminder(day);
        while (!due.isEmpty()) {
            for (String code : due) {
                if (self.remind(code)) {
                    reminded++;
                }
            }
            if (due.size() < ROUND) {
                break;
            }
            due = dueForReminder(day);
        }
        return reminded;
    }

    /**
     * One appointment in its own transaction: marked and told together, or neither. Two instances
     * on two Galera nodes may both mark it; the later commit fails certification and is run again,
     * finds it marked and answers false, so the run goes on with the next appointment.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RetriedOnConflict
    public boolean remind(String code) {
        int marked =
                em.createNativeQuery(
                                "update sch_appointment set reminded_at = ?1 where code = ?2 and reminded_at is null and status = 'BOOKED'")
                        .setParameter(1, Timestamp.from(clock.instant()))
                        .setParameter(2, code)
                        .executeUpdate();
        if (marked != 1) {
            return false; // another instance was first, or it was cancelled meanwhile
        }
        appointments
                .byCode(code)
                .ifPresent(appointment -> events.fire(appointmentEvents.reminderDue(appointment)));
        return true;
    }

    private List<String> dueForReminder(LocalDate day) {
        return em
                .createNativeQuery(
                        "select code from sch_appointment where status = 'BOOKED' and starts_at >= ?1 and starts_at < ?2"
                                + " and reminded_at is null and email is not null order by starts_at, code limit ?3")
                .setParameter(1, day.atStartOfDay())
                .setParameter(2, day.plusDays(1).atStartOfDay())
                .setParameter(3, ROUND)
                .getResultList()
                .stream()
                .map(Object::toString)
                .toList();
    }
}
