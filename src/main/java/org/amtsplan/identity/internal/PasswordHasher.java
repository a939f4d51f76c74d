package org.amtsplan.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Salted, deliberately slow password hashes (Jakarta Security's PBKDF2 with HMAC-SHA256). The work
 * factor is stored inside each hash, so raising {@code amtsplan.identity.pbkdf2.iterations} affects
 * new passwords without breaking old ones.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "amtsplan.identity.pbkdf2.iterations", defaultValue = "210000")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                        "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                        "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
