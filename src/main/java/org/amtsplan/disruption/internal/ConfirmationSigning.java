package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amtsplan.notification.ConfirmationSignatures;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.QrCodeImages;

/**
 * What a signed confirmation contains, and how it becomes a QR code: for the citizen's page here,
 * and for the notification module's mails through its port {@link ConfirmationSignatures}.
 */
@ApplicationScoped
public class ConfirmationSigning implements ConfirmationSignatures {

    @Inject ConfirmationSigner signer;

    @Override
    public Optional<String> sign(
            String code, String unit, String location, OffsetDateTime start, String name) {
        if (!signer.enabled()) {
            return Optional.empty();
        }
        return Optional.of(
                signer.sign(
                        JsonObjects.objectBuilder()
                                .add("code", code)
                                .add("unit", unit)
                                .add("location", location)
                                .add("start", start.toString())
                                .add("initials", initials(name))
                                .build()));
    }

    public byte[] qrCode(String payload) {
        return QrCodeImages.png(payload);
    }

    /** "Erika Mustermann" → "EM": enough to match a person to an ID card, no more. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return Arrays.stream(name.strip().split("\\s+"))
                .map(
                        part ->
                                part.substring(0, part.offsetByCodePoints(0, 1))
                                        .toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
