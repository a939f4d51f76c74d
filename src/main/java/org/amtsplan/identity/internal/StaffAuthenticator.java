package org.amtsplan.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a username and password against the stored account. The account is read on every request,
 * so a deleted account or a changed password takes effect at once on every instance; only the slow
 * PBKDF2 comparison is remembered, keyed by the stored hash, so HTTP Basic does not pay it on each
 * call. The remembered value is a keyed digest of the password, never the password itself.
 */
@ApplicationScoped
public class StaffAuthenticator {

  /** Who is calling: the account's name, roles and the units it may act on. */
  public record StaffIdentity(String username, Set<String> roles, Set<String> units, String dealerId) {}

  private static final int MAX_REMEMBERED = 10_000;

  @Inject StaffAccountRepository accounts;
  @Inject PasswordHasher hasher;

  private final byte[] digestKey = new SecureRandom().generateSeed(32);
  private final Map<String, byte[]> verifiedDigestByStoredHash = new ConcurrentHashMap<>();
  private volatile String dummyHash;

  public Optional<StaffIdentity> authenticate(String username, String password) {
    if (username == null || username.isBlank() || password == null) {
      return Optional.empty();
    }
    Optional<StaffAccount> account = accounts.find(username);
    if (account.isEmpty()) {
      // spend the same time as for a real account, so response times do not reveal usernames
      hasher.matches(password, dummyHash());
      return Optional.empty();
    }
    StaffAccount found = account.get();
    if (!passwordMatches(password, found.passwordHash())) {
      return Optional.empty();
    }
    return Optional.of(new StaffIdentity(found.username(), found.roles(), found.units(), found.dealerId()));
  }

  private boolean passwordMatches(String password, String storedHash) {
    byte[] digest = keyedDigest(password);
    byte[] remembered = verifiedDigestByStoredHash.get(storedHash);
    if (remembered != null) {
      return MessageDigest.isEqual(remembered, digest);
    }
    if (!hasher.matches(password, storedHash)) {
      return false;
    }
    if (verifiedDigestByStoredHash.size() >= MAX_REMEMBERED) {
      verifiedDigestByStoredHash.clear();
    }
    verifiedDigestByStoredHash.put(storedHash, digest);
    return true;
  }

  private byte[] keyedDigest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(digestKey);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** A hash of a random password, made once, to compare unknown usernames against. */
  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hasher.hash(Arrays.toString(new SecureRandom().generateSeed(16)));
    }
    return dummyHash;
  }
}
