package org.amtsplan.scheduling.spi;

/** A department's answer to a walk-in: admitted, or refused with a reason the citizen can read. */
public sealed interface WalkInDecision {

  WalkInDecision ADMITTED = new Admitted();

  static WalkInDecision refused(String reasonDe, String reasonEn) {
    return new Refused(reasonDe, reasonEn);
  }

  record Admitted() implements WalkInDecision {}

  record Refused(String reasonDe, String reasonEn) implements WalkInDecision {}
}
