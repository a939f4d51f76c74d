package org.amtsplan.scheduling.spi;

/** A policy's answer: allowed, or rejected with the field it concerns and a reason a citizen can read. */
public sealed interface Decision {

  Decision ALLOWED = new Allowed();

  static Decision rejected(String field, String reasonDe, String reasonEn) {
    return new Rejected(field, reasonDe, reasonEn);
  }

  record Allowed() implements Decision {}

  record Rejected(String field, String reasonDe, String reasonEn) implements Decision {
    public String reason() {
      return reasonDe + " / " + reasonEn;
    }
  }
}
