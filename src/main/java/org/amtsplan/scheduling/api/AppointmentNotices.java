package org.amtsplan.scheduling.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the notification module needs to write to a citizen about an appointment: contact, language,
 * the secret token for their links, the place and time, and a calendar file. For system use only,
 * never exposed over HTTP.
 */
public interface AppointmentNotices {

  record Notice(
      String code, String token, String name, String email, String language, String unit, String location,
      String locationName, String locationAddress, LocalDateTime start, LocalDateTime end, List<String> services,
      AppointmentStatus status, LocalDateTime replacementStart) {}

  Optional<Notice> notice(String code);

  /** Codes of booked appointments on {@code day} with an e-mail address that have not been reminded yet. */
  List<String> dueForReminder(java.time.LocalDate day, int limit);

  /**
   * Marks the appointment as reminded, in the caller's transaction; true for exactly one caller
   * across all instances, who then writes the reminder.
   */
  boolean markReminded(String code);

  /** The appointment's calendar file (RFC 5545), as the citizen downloads it. */
  String calendarFile(String code);

  /** The proposed replacement after a disruption as a (tentative) calendar file. */
  String replacementCalendarFile(String code);
}
