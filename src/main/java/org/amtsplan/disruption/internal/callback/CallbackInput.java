package org.amtsplan.disruption.internal.callback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.Texts;

/**
 * What a callback must carry, checked before anything is stored: a name, a service of the unit, a
 * phone number or an e-mail address to reach the person by, and a language the messages speak.
 * Every offending field is named at once.
 */
final class CallbackInput {

    static final int NAME = 200;
    static final int PHONE = 40;
    static final int EMAIL = 254;
    static final int NOTES = 2000;
    static final int DEVICE = 64;
    static final int CLERK = 60;

    /** The same form the booking accepts. */
    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CallbackInput() {}

    /**
     * The field errors of {@code input}; empty when it may be stored.
     *
     * @param serviceOfUnit whether a service code is one of the callback's unit's services
     */
    static List<FieldError> problems(
            RecordCallback input,
            Predicate<String> unitExists,
            Predicate<String> locationExists,
            Predicate<String> serviceOfUnit) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            errors.add(new FieldError("body", "platform.validation.bodyRequired"));
            return errors;
        }
        if (isBlank(input.unit()) || !unitExists.test(input.unit())) {
            errors.add(new FieldError("unit", "disruption.callback.unknownUnit"));
        }
        if (isBlank(input.location()) || !locationExists.test(input.location())) {
            errors.add(new FieldError("location", "disruption.callback.unknownLocation"));
        }
        if (isBlank(input.clerk()) || input.clerk().length() > CLERK) {
            errors.add(new FieldError("clerk", "platform.validation.size", 1, CLERK));
        }
        if (input.at() == null) {
            errors.add(new FieldError("at", "platform.validation.required"));
        }
        if (input.device() != null && input.device().length() > DEVICE) {
            errors.add(new FieldError("device", "platform.validation.maxLength", DEVICE));
        }
        if (isBlank(input.name()) || input.name().strip().length() > NAME) {
            errors.add(new FieldError("name", "platform.validation.size", 1, NAME));
        } else if (!Texts.isFreeOfControls(input.name(), false)) {
            errors.add(new FieldError("name", Texts.CONTROL_MESSAGE));
        }
        if (isBlank(input.service())) {
            errors.add(new FieldError("service", "platform.validation.required"));
        } else if (input.service().length() > 40 || !serviceOfUnit.test(input.service())) {
            errors.add(new FieldError("service", "disruption.callback.serviceOfUnit"));
        }
        String phone = blankToNull(input.phone());
        String email = blankToNull(input.email());
        if (phone == null && email == null) {
            errors.add(new FieldError("phone", "disruption.callback.phoneOrEmail"));
            errors.add(new FieldError("email", "disruption.callback.phoneOrEmail"));
        }
        if (phone != null && phone.length() > PHONE) {
            errors.add(new FieldError("phone", "platform.validation.maxLength", PHONE));
        } else if (phone != null && !Texts.isFreeOfControls(phone, false)) {
            errors.add(new FieldError("phone", Texts.CONTROL_MESSAGE));
        }
        if (email != null && (email.length() > EMAIL || !EMAIL_FORM.matcher(email).matches())) {
            errors.add(new FieldError("email", "platform.validation.email"));
        }
        if (input.notes() != null && input.notes().length() > NOTES) {
            errors.add(new FieldError("notes", "platform.validation.maxLength", NOTES));
        } else if (input.notes() != null && !Texts.isFreeOfControls(input.notes(), true)) {
            errors.add(new FieldError("notes", Texts.CONTROL_MESSAGE));
        }
        if (input.language() != null && !List.of("de", "en").contains(input.language())) {
            errors.add(new FieldError("language", "platform.validation.oneOf", "de, en"));
        }
        return errors;
    }

    /** The language the person's messages speak: German unless English was asked for. */
    static String language(RecordCallback input) {
        return "en".equals(input.language()) ? "en" : "de";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
