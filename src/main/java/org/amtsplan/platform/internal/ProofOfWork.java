package org.amtsplan.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stateless proof-of-work challenges. A challenge is {@code
 * v1.<expires>.<difficulty>.<random>.<mac>} with an HMAC over the rest, so any instance sharing the
 * secret can check it without storing anything; solving means finding a nonce whose SHA-256 of
 * {@code challenge:nonce} starts with {@code difficulty} zero bits. The secret comes from {@code
 * AMTSPLAN_POW_SECRET}, else from a file generated once in the data folder (shared by instances
 * that share the folder). A challenge is good for one request only: {@link #redeem} records it as
 * used in the database ({@link UsedChallenges}), so a second use is refused on every instance.
 */
@ApplicationScoped
public class ProofOfWork {

    private static final Logger LOG = Logger.getLogger(ProofOfWork.class.getName());
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    static final long VALID_SECONDS = 600;

    /** A challenge to solve, and how hard it is. */
    public record Challenge(String challenge, int difficulty, long expiresAt) {}

    @Inject
    @ConfigProperty(name = "amtsplan.pow.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "amtsplan.pow.difficulty", defaultValue = "16")
    int difficulty;

    @Inject
    @ConfigProperty(name = "amtsplan.data.folder")
    String dataFolder;

    @Inject Clock clock;
    @Inject UsedChallenges usedChallenges;

    private final SecureRandom random = new SecureRandom();
    private byte[] secret;

    @PostConstruct
    void loadSecret() {
        try {
            secret =
                    configuredSecret
                            .filter(s -> !s.isBlank())
                            .map(s -> s.getBytes(StandardCharsets.UTF_8))
                            .orElseGet(this::secretFromDataFolder);
        } catch (IllegalStateException e) {
            LOG.warning(
                    "No proof-of-work secret could be stored; this instance uses its own: "
                            + e.getMessage());
            secret = random.generateSeed(32);
        }
    }

    public Challenge issue() {
        long expires = clock.instant().getEpochSecond() + VALID_SECONDS;
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = "v1." + expires + "." + difficulty + "." + B64.encodeToString(nonce);
        return new Challenge(body + "." + mac(body), difficulty, expires);
    }

    /**
     * Whether {@code solution} ({@code <challenge>:<nonce>}) is a solved, untampered, unexpired
     * challenge.
     */
    public boolean solved(String solution) {
        if (solution == null || solution.length() > 300) {
            return false;
        }
        int colon = solution.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String challenge = solution.substring(0, colon);
        String[] parts = challenge.split("\\.");
        if (parts.length != 5 || !"v1".equals(parts[0])) {
            return false;
        }
        String body = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!MessageDigest.isEqual(
                mac(body).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            long expires = Long.parseLong(parts[1]);
            int required = Integer.parseInt(parts[2]);
            return clock.instant().getEpochSecond() <= expires
                    && leadingZeroBits(sha256(solution)) >= required;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether {@code solution} is {@link #solved} and its challenge was not used before; marks it
     * used, so the same challenge (with whatever nonce) is refused from now on, on every instance.
     */
    public boolean redeem(String solution) {
        if (!solved(solution)) {
            return false;
        }
        String[] parts = solution.substring(0, solution.lastIndexOf(':')).split("\\.");
        // the MAC names the challenge: unique per issued challenge, and already checked above
        return usedChallenges.firstUse(
                parts[4], Instant.ofEpochSecond(Long.parseLong(parts[1])), clock.instant());
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            }
        }
        return bits;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String mac(String body) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return B64.encodeToString(hmac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secretFromDataFolder() {
        Path file = Path.of(dataFolder).toAbsolutePath().resolve("proof-of-work.secret");
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Path temporary = Files.createTempFile(file.getParent(), ".pow", ".part");
                try {
                    Files.writeString(
                            temporary, Base64.getEncoder().encodeToString(random.generateSeed(32)));
                    Files.move(temporary, file);
                } catch (FileAlreadyExistsException other) {
                    // another instance was first; use its secret
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
