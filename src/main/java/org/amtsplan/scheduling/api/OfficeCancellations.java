package org.amtsplan.scheduling.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the disruption module asks of the kernel: who is affected, cancelling by office, proposing
 * replacements in capacity reserved for the disruption, and the citizen accepting one.
 */
public interface OfficeCancellations {

  /** Appointments in the scope that are still to take place (reserved, booked, checked in). */
  List<AffectedAppointment> affected(DisruptionScope scope);

  long waitingTickets(DisruptionScope scope);

  long openCases(DisruptionScope scope);

  /** Departments' other work in the scope (dealer items), counted by the departments. */
  long otherWork(DisruptionScope scope);

  /**
   * In one transaction: every affected appointment becomes CANCELLED_BY_OFFICE for this
   * disruption (its seats are given back), open cases in the scope are interrupted with their
   * notes kept, and the departments move their other work (dealer items) out of the window.
   * Appointments already cancelled by anyone are left alone; returns how many changed.
   */
  int cancelByOffice(String disruptionId, DisruptionScope scope);

  /** The appointments cancelled for this disruption, earliest first. */
  List<AffectedAppointment> ofDisruption(String disruptionId);

  /**
   * In one transaction, in the given order: proposes to each appointment the earliest replacement
   * in the capacity reserved for the disruption at its unit and location (seats are held for it).
   * With {@code onlySessions} not empty, only those reserved sessions are filled. Appointments
   * that already have a proposal, or are not this disruption's, are left alone.
   */
  ReplacementRound proposeReplacements(String disruptionId, List<String> codes, Set<Long> onlySessions);

  /**
   * The disruption is lifted early: in one transaction, every appointment it cancelled that has not
   * been rebooked and is still ahead gets its original seats back and takes place after all (a
   * proposed replacement is released). Appointments whose seat was taken meanwhile stay cancelled.
   */
  LiftResult restore(String disruptionId);

  /** What lifting restored, and what it had to leave cancelled. */
  record LiftResult(int restored, int leftCancelled) {}

  /**
   * The citizen accepts the proposal (or another reserved start): a new BOOKED appointment, the old
   * one REBOOKED and pointing to it.
   */
  AppointmentView acceptReplacement(String code, String token, Optional<String> start);
}
