package org.amtsplan.scheduling.api;

import java.time.OffsetDateTime;
import java.util.List;

/** An appointment as its citizen (with the token) or staff see it. */
public record AppointmentView(
    String code,
    String token,
    AppointmentStatus status,
    String unit,
    String service,
    List<String> services,
    String location,
    OffsetDateTime start,
    OffsetDateTime end,
    String name,
    String email,
    String phone,
    String language,
    OffsetDateTime expiresAt,
    java.time.LocalDate deadline,
    List<StatusChange> history) {

  /** One entry of the appointment's history. */
  public record StatusChange(
      OffsetDateTime at, AppointmentStatus from, AppointmentStatus to, String by, String detail) {}
}
