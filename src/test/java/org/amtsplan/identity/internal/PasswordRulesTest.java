package org.amtsplan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aLongVariedPasswordIsAccepted() {
        assertFalse(PasswordRules.problem("kfz-schalter", "Linde-Brücke-Abend-7").isPresent());
    }

    @Test
    void shortLongUsernameCommonAndUniformPasswordsAreRefused() {
        assertTrue(PasswordRules.problem("anna", "kurz-1").isPresent(), "too short");
        assertTrue(PasswordRules.problem("anna", "x".repeat(201)).isPresent(), "too long");
        assertTrue(
                PasswordRules.problem("kfz-schalter", "KFZ-Schalter-2026").isPresent(),
                "contains the user name");
        assertTrue(PasswordRules.problem("anna", "Passwort1234").isPresent(), "well known");
        assertTrue(PasswordRules.problem("anna", "abababababab").isPresent(), "uniform");
        assertTrue(PasswordRules.problem("anna", null).isPresent());
    }
}
