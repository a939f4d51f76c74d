package org.amtsplan.notification;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Port: signs the confirmation a mail carries as a QR code, so that a clerk can check it without
 * the server. Implemented by the module that holds the signing key (the disruption module's offline
 * kit); the mail is rendered, and so signed, when it is sent. Without an implementation, or without
 * a key, mails carry no QR code.
 */
@FunctionalInterface
public interface ConfirmationSignatures {

    /** Nobody signs: mails go out without a QR code. */
    ConfirmationSignatures NONE = (code, unit, location, start, name) -> Optional.empty();

    /** The signed payload the QR code carries; empty when no signing key is configured. */
    Optional<String> sign(
            String code, String unit, String location, OffsetDateTime start, String name);
}
