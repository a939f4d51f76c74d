package org.amtsplan.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.platform.Message;

/**
 * What a staff password must be: long (12–200 characters, as the guidance for user-chosen passwords
 * asks), not built from the user name, not one of the passwords every attacker tries first, and not
 * one character or a short pattern repeated.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    /** Lower-cased; passwords that meet the length rule and are still guessed at once. */
    private static final Set<String> COMMON =
            Set.of(
                    "passwort1234",
                    "password1234",
                    "123456789012",
                    "1234567890ab",
                    "qwertzuiop12",
                    "qwertyuiop12",
                    "hallohallo12",
                    "willkommen12",
                    "welcome12345",
                    "sommer2026!!",
                    "winter2026!!",
                    "amtsplan1234",
                    "stadtverwaltung",
                    "buergerservice");

    private PasswordRules() {}

    /** The reason the password is refused; empty when it is fine. */
    static Optional<Message> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of(Message.of("platform.validation.size", MIN_LENGTH, MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null
                && username.length() >= 3
                && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Message.of("identity.password.containsUsername"));
        }
        if (COMMON.contains(lower)) {
            return Optional.of(Message.of("identity.password.common"));
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of(Message.of("identity.password.uniform"));
        }
        return Optional.empty();
    }
}
