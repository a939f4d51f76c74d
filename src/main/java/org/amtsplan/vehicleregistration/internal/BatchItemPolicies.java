package org.amtsplan.vehicleregistration.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amtsplan.platform.Message;

/**
 * The checks an item of a dealer batch must pass, each with a reason the dealer's staff can read (a
 * message, rendered in the reader's language). A rejected item is reported with its index; the
 * others are accepted.
 */
final class BatchItemPolicies {

    /** 17 characters, digits and capital letters without I, O and Q (ISO 3779). */
    static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    /**
     * District code (1–3 letters), 1–2 letters, 1–4 digits, optional E (electric) or H (historic).
     */
    static final Pattern PLATE = Pattern.compile("[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?");

    /** A checked item: the normalised values, or the reason it was refused. */
    record Checked(String vin, ItemKind kind, String plate, Message rejection) {
        boolean accepted() {
            return rejection == null;
        }
    }

    private BatchItemPolicies() {}

    static Checked check(String vin, String kind, String plate) {
        String normalisedVin = vin == null ? "" : vin.strip().toUpperCase(Locale.ROOT);
        Optional<Message> vinProblem = vinProblem(normalisedVin);
        if (vinProblem.isPresent()) {
            return new Checked(null, null, null, vinProblem.get());
        }
        ItemKind itemKind;
        try {
            itemKind = ItemKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return new Checked(
                    null,
                    null,
                    null,
                    Message.of(
                            "vehicleregistration.item.unknownKind",
                            "NEW_REGISTRATION, CHANGE_OF_KEEPER, RE_REGISTRATION, DEREGISTRATION"));
        }
        String normalisedPlate = plate == null || plate.isBlank() ? null : normalisePlate(plate);
        if (normalisedPlate != null && !PLATE.matcher(normalisedPlate).matches()) {
            return new Checked(
                    null,
                    null,
                    null,
                    Message.of("vehicleregistration.item.plateFormat", "M-AB 1234"));
        }
        return new Checked(normalisedVin, itemKind, normalisedPlate, null);
    }

    static Optional<Message> vinProblem(String vin) {
        if (vin.length() != 17) {
            return Optional.of(Message.of("vehicleregistration.item.vinLength", vin.length()));
        }
        if (!VIN.matcher(vin).matches()) {
            return Optional.of(Message.of("vehicleregistration.item.vinCharacters"));
        }
        return Optional.empty();
    }

    /** "m ab 123", "M-AB-123" and "M AB 123" all become "M-AB 123". */
    static String normalisePlate(String plate) {
        String[] parts = plate.strip().toUpperCase(Locale.ROOT).split("[\\s-]+");
        if (parts.length != 3) {
            return plate.strip().toUpperCase(Locale.ROOT);
        }
        return parts[0] + "-" + parts[1] + " " + parts[2];
    }
}
