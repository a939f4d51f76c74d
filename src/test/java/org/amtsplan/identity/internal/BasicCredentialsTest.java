package org.amtsplan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.amtsplan.identity.internal.BasicAuthenticationFilter.BasicCredentials;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUsernameAndAPasswordThatMayContainColonsAndUmlauts() {
        BasicCredentials credentials =
                BasicCredentials.parse(basic("kfz-schalter:Grüße:1")).orElseThrow();
        assertEquals("kfz-schalter", credentials.username());
        assertEquals("Grüße:1", credentials.password());
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        assertTrue(BasicCredentials.parse("basic " + basic("a:b").substring(6)).isPresent());
    }

    @Test
    void rejectsOtherSchemesBrokenBase64AndMissingUsername() {
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":password")).isEmpty());
    }
}
