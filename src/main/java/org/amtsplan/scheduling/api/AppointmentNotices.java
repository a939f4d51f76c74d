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

  /** The appointment's calendar file (RFC 5545), as the citizen downloads it. */
  String calendarFile(String code);

  /** The proposed replacement after a disruption as a (tentative) calendar file. */
  String replacementCalendarFile(String code);
}
