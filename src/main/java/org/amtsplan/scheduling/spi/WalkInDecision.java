package org.amtsplan.scheduling.spi;

import java.time.LocalDate;

/**
 * A department's answer to a walk-in: admitted; refused with a reason the citizen can read; or
 * referred to a reserved place with its own number on a later day.
 */
public sealed interface WalkInDecision {

  WalkInDecision ADMITTED = new Admitted();

  static WalkInDecision refused(String reasonDe, String reasonEn) {
    return new Refused(reasonDe, reasonEn);
  }

  record Admitted() implements WalkInDecision {}

  record Refused(String reasonDe, String reasonEn) implements WalkInDecision {}

  record Referred(LocalDate date, String number, String reasonDe, String reasonEn) implements WalkInDecision {}
}
