package org.amtsplan.disruption.internal.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.junit.jupiter.api.Test;

class CallbackInputTest {

    static RecordCallback callback(
            String name, String service, String phone, String email, String language) {
        return new RecordCallback(
                "civil-registry",
                "rathaus",
                null,
                "clerk",
                Instant.parse("2030-06-04T08:00:00Z"),
                name,
                service,
                phone,
                email,
                language,
                null);
    }

    static List<String> fields(RecordCallback input) {
        return CallbackInput.problems(input, u -> true, l -> true, s -> s.equals("geburtsurkunde"))
                .stream()
                .map(FieldError::field)
                .toList();
    }

    @Test
    void aNameAServiceOfTheUnitAndAPhoneOrEmailAreEnough() {
        assertTrue(fields(callback("Anna", "geburtsurkunde", "0345 123", null, null)).isEmpty());
        assertTrue(
                fields(callback("Anna", "geburtsurkunde", null, "a@example.org", "en")).isEmpty());
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        assertEquals(
                List.of("name", "service", "phone", "email", "language"),
                fields(callback(" ", "fuehrerschein", null, "", "fr")));
        assertEquals(
                List.of("phone", "email", "notes"),
                CallbackInput.problems(
                                new RecordCallback(
                                        "u",
                                        "l",
                                        null,
                                        "clerk",
                                        Instant.EPOCH,
                                        "Anna",
                                        "geburtsurkunde",
                                        "1".repeat(41),
                                        "not-an-address",
                                        "de",
                                        "x".repeat(2001)),
                                u -> true,
                                l -> true,
                                s -> true)
                        .stream()
                        .map(FieldError::field)
                        .toList());
        assertEquals(
                List.of("name"),
                fields(callback("x".repeat(201), "geburtsurkunde", "0345", null, null)));
    }
}
