package org.amtsplan.scheduling.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.scheduling.internal.domain.Appointment;

/**
 * Appointments a large transaction has just changed, by code, for the observers of its events.
 * When a disruption cancels thousands of appointments, each notice would otherwise look its
 * appointment up again in the database; this hands over the entity the transaction already holds.
 * Lives exactly as long as the transaction (a resource of the transaction registry).
 */
@ApplicationScoped
public class AppointmentsOfThisTransaction {

  private static final Object KEY = AppointmentsOfThisTransaction.class;

  @Resource TransactionSynchronizationRegistry registry;

  public void remember(Appointment appointment) {
    if (registry.getTransactionKey() != null) {
      current(true).put(appointment.code(), appointment);
    }
  }

  public Optional<Appointment> recall(String code) {
    if (registry.getTransactionKey() == null) {
      return Optional.empty();
    }
    Map<String, Appointment> remembered = current(false);
    return remembered == null ? Optional.empty() : Optional.ofNullable(remembered.get(code));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Appointment> current(boolean create) {
    Map<String, Appointment> map = (Map<String, Appointment>) registry.getResource(KEY);
    if (map == null && create) {
      map = new HashMap<>();
      registry.putResource(KEY, map);
    }
    return map;
  }
}
