package org.amtsplan.disruption;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Signed, offline-verifiable confirmations of appointments, for other modules that hand them to
 * citizens (the confirmation mail). The payload is what the QR code carries and what the
 * verification page checks without the server.
 */
public interface SignedConfirmations {

  /** Whether a signing key is configured. */
  boolean enabled();

  /** The signed payload; empty when no signing key is configured (then confirmations carry no QR code). */
  Optional<String> payload(String code, String unit, String location, OffsetDateTime start, String name);

  /** The payload as a QR code, a PNG image. */
  byte[] qrCode(String payload);
}
