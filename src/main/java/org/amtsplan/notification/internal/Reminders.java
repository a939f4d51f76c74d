package org.amtsplan.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.amtsplan.scheduling.api.AppointmentNotices;

/**
 * The reminder the day before: every booked appointment of tomorrow with an e-mail address gets
 * one, written to the outbox in the transaction that marks the appointment reminded, so each
 * citizen gets exactly one however many instances run the job.
 */
@ApplicationScoped
public class Reminders {

  static final int ROUND = 500;

  @Inject AppointmentNotices notices;
  @Inject AppointmentMessages messages;
  @Inject Clock clock;
  @Inject Reminders self;

  /** Writes the reminders still due for tomorrow; answers how many this call wrote. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int writeDue() {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    int written = 0;
    List<String> due = notices.dueForReminder(tomorrow, ROUND);
    while (!due.isEmpty()) {
      for (String code : due) {
        if (self.remind(code)) {
          written++;
        }
      }
      if (due.size() < ROUND) {
        break;
      }
      due = notices.dueForReminder(tomorrow, ROUND);
    }
    return written;
  }

  /** One appointment in its own transaction: marked and told together, or neither. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean remind(String code) {
    if (!notices.markReminded(code)) {
      return false; // another instance was first, or it was cancelled meanwhile
    }
    notices.notice(code).filter(n -> n.email() != null).ifPresent(messages::reminder);
    return true;
  }
}
