package org.amtsplan.disruption.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.amtsplan.platform.JsonObjects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs appointment confirmations with Ed25519, so that a clerk can check a citizen's QR code on
 * any device without the server. The key pair comes from configuration ({@code
 * AMTSPLAN_SIGNING_PRIVATE_KEY}, {@code AMTSPLAN_SIGNING_PUBLIC_KEY}); in demo mode a pair is
 * generated once into the data folder and shared by every instance that uses the folder.
 *
 * <p>A signed payload is {@code AP1.<base64url JSON>.<base64url signature>}; the JSON holds the
 * booking code, unit, location, start and the citizen's initials — no more personal data.
 */
@ApplicationScoped
public class ConfirmationSigner {

    private static final Logger LOG = Logger.getLogger(ConfirmationSigner.class.getName());
    static final String PREFIX = "AP1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "amtsplan.signing.privateKey")
    Optional<String> configuredPrivate;

    @Inject
    @ConfigProperty(name = "amtsplan.signing.publicKey")
    Optional<String> configuredPublic;

    @Inject
    @ConfigProperty(name = "amtsplan.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "amtsplan.data.folder")
    String dataFolder;

    private volatile KeyPair keys;

    @PostConstruct
    void loadKeys() {
        try {
            if (configuredPrivate.filter(k -> !k.isBlank()).isPresent()
                    && configuredPublic.filter(k -> !k.isBlank()).isPresent()) {
                keys = decode(configuredPrivate.get().strip(), configuredPublic.get().strip());
            } else if (demo) {
                keys =
                        demoKeys(
                                Path.of(dataFolder)
                                        .toAbsolutePath()
                                        .resolve("confirmation-signing.key"));
            } else {
                LOG.warning(
                        "No AMTSPLAN_SIGNING_PRIVATE_KEY / AMTSPLAN_SIGNING_PUBLIC_KEY: confirmations carry no QR code");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the confirmation signing key", e);
        }
    }

    public boolean enabled() {
        return keys != null;
    }

    /** The public key as base64 X.509 (SPKI), as the verification page embeds it. */
    public String publicKeySpki() {
        return Base64.getEncoder().encodeToString(requireKeys().getPublic().getEncoded());
    }

    public String sign(JsonObject content) {
        try {
            String body = B64.encodeToString(content.toString().getBytes(StandardCharsets.UTF_8));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(requireKeys().getPrivate());
            signature.update((PREFIX + "." + body).getBytes(StandardCharsets.US_ASCII));
            return PREFIX + "." + body + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The content of a payload if its signature is valid; empty for anything tampered or foreign.
     */
    public Optional<JsonObject> verify(String payload) {
        String[] parts = payload == null ? new String[0] : payload.strip().split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(requireKeys().getPublic());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            String json =
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            try (var reader = JsonObjects.reader(new StringReader(json))) {
                return Optional.of(reader.readObject());
            }
        } catch (GeneralSecurityException
                | IllegalArgumentException
                | jakarta.json.JsonException e) {
            return Optional.empty();
        }
    }

    private KeyPair requireKeys() {
        if (keys == null) {
            throw new IllegalStateException("no signing key configured");
        }
        return keys;
    }

    private static KeyPair demoKeys(Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String content =
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
                            + "\n"
                            + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
                            + "\n";
            Path temporary = Files.createTempFile(file.getParent(), ".signing", ".part");
            try {
                Files.writeString(temporary, content);
                // no replace: of two instances starting together, one moves its pair in, both read
                // that one
                Files.move(temporary, file);
                LOG.info("Demo mode: generated the confirmation signing key in " + file);
            } catch (FileAlreadyExistsException other) {
                // the other instance was first
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        String[] lines = Files.readString(file).strip().split("\n");
        return decode(lines[0].strip(), lines[1].strip());
    }

    private static KeyPair decode(String privateKey, String publicKey)
            throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey priv =
                factory.generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
        PublicKey pub =
                factory.generatePublic(
                        new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        return new KeyPair(pub, priv);
    }
}
