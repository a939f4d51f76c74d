package org.amtsplan.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.amtsplan.testing.ApiClient;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static ProofOfWork at(Instant now, String secret) {
        ProofOfWork work = new ProofOfWork();
        work.configuredSecret = Optional.of(secret);
        work.difficulty = 10;
        work.clock = Clock.fixed(now, ZoneOffset.UTC);
        work.loadSecret();
        return work;
    }

    @Test
    void aSolvedChallengeIsAcceptedOnlyUntilItExpires() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        ProofOfWork.Challenge challenge = at(now, "geheim").issue();
        String solution = ApiClient.solve(challenge.challenge(), challenge.difficulty());
        assertTrue(
                at(now.plusSeconds(60), "geheim").solved(solution),
                "another instance with the same secret accepts it");
        assertFalse(at(now.plus(Duration.ofMinutes(11)), "geheim").solved(solution), "expired");
        assertFalse(at(now, "anderes").solved(solution), "another secret does not");
    }

    @Test
    void anUnsolvedOrAlteredChallengeIsRefused() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        ProofOfWork work = at(now, "geheim");
        ProofOfWork.Challenge challenge = work.issue();
        String solution = ApiClient.solve(challenge.challenge(), challenge.difficulty());
        String nonce = solution.substring(solution.lastIndexOf(':') + 1);
        assertFalse(
                work.solved(ApiClient.unsolved(challenge.challenge(), challenge.difficulty())),
                "a nonce that does not solve it");
        assertFalse(
                work.solved(challenge.challenge().replace(".10.", ".1.") + ":" + nonce),
                "difficulty lowered");
        assertFalse(work.solved(null));
        assertFalse(work.solved("v1.1.1.1.1:1"));
    }

    @Test
    void aChallengeIsGoodForOneRequestOnly() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        java.util.Set<String> used = new java.util.HashSet<>();
        ProofOfWork work = at(now, "geheim");
        work.usedChallenges =
                new UsedChallenges() {
                    @Override
                    public boolean firstUse(String challengeId, Instant expiresAt, Instant when) {
                        assertTrue(expiresAt.isAfter(when), "kept until it expires");
                        return used.add(challengeId);
                    }
                };
        ProofOfWork.Challenge challenge = work.issue();
        String solution = ApiClient.solve(challenge.challenge(), challenge.difficulty());
        assertFalse(
                work.redeem(ApiClient.unsolved(challenge.challenge(), challenge.difficulty())),
                "a wrong answer is not redeemed");
        assertTrue(work.redeem(solution), "the first use");
        assertFalse(work.redeem(solution), "the same solution again");
        String otherNonce = firstOtherSolution(challenge);
        assertTrue(work.solved(otherNonce), "another nonce solving the same challenge");
        assertFalse(work.redeem(otherNonce), "is the same challenge, used already");
        ProofOfWork.Challenge next = work.issue();
        assertTrue(
                work.redeem(ApiClient.solve(next.challenge(), next.difficulty())),
                "a new challenge is good again");
    }

    private static String firstOtherSolution(ProofOfWork.Challenge challenge) {
        String first = ApiClient.solve(challenge.challenge(), challenge.difficulty());
        long firstNonce = Long.parseLong(first.substring(first.lastIndexOf(':') + 1));
        for (long nonce = firstNonce + 1; ; nonce++) {
            String candidate = challenge.challenge() + ":" + nonce;
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(candidate))
                    >= challenge.difficulty()) {
                return candidate;
            }
        }
    }

    @Test
    void zeroBitsAreCountedFromTheFirstByte() {
        assertEquals(0, ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80, 0}));
        assertEquals(8, ProofOfWork.leadingZeroBits(new byte[] {0, (byte) 0xFF}));
        assertEquals(11, ProofOfWork.leadingZeroBits(new byte[] {0, 0x10}));
    }
}
