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

  /** How many appointments in the scope are still to take place, and how many of them have no e-mail address. */
  AffectedCount countAffected(DisruptionScope scope);

  record AffectedCount(long appointments, long withoutEmail) {}

  long waitingTickets(DisruptionScope scope);

  long openCases(DisruptionScope scope);

  /**
   * In the declaring transaction: every walk-in still waiting in the scope gets a referral ticket
   * (priority) for the unit's next open day after the window, and the waiting ticket ends. Staff
   * hand the referrals out to the people in the waiting room.
   */
  List<WalkInReferral> referWaitingWalkIns(String disruptionId, DisruptionScope scope);

  /** A waiting walk-in sent to another day: the old number, and the day and number to come back with. */
  record WalkInReferral(String unit, String location, String waitingNumber, String name, java.time.LocalDate date, String number) {}

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
