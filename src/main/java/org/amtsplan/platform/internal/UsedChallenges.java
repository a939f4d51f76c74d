package org.amtsplan.platform.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The proof-of-work challenges already used, in the database so that every instance sees them: the
 * first use inserts the challenge's id, a second use finds it taken. Expired rows are deleted now
 * and then by the uses themselves (an expired challenge is refused before it gets here). Each
 * statement commits on its own (plain JDBC, no JTA transaction): one round trip per use instead of
 * an XA transaction's four.
 */
@ApplicationScoped
public class UsedChallenges {

    private static final int CLEAN_UP_EVERY = 100;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    private final AtomicLong uses = new AtomicLong();

    /**
     * True for the first use of the challenge, on whichever instance; false for every later one.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean firstUse(String challengeId, Instant expiresAt, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            if (uses.getAndIncrement() % CLEAN_UP_EVERY == 0) {
                try (PreparedStatement cleanUp =
                        connection.prepareStatement(
                                "delete from plt_used_challenge where expires_at < ? limit 1000")) {
                    // well past expiry only: a challenge is still accepted in its last second, and
                    // clocks of instances differ
                    cleanUp.setTimestamp(
                            1, Timestamp.from(now.minus(java.time.Duration.ofMinutes(5))));
                    cleanUp.executeUpdate();
                }
            }
            try (PreparedStatement use =
                    connection.prepareStatement(
                            "insert ignore into plt_used_challenge (challenge_id, expires_at) values (?, ?)")) {
                use.setString(1, challengeId);
                use.setTimestamp(2, Timestamp.from(expiresAt));
                return use.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("used challenge not recorded", e);
        }
    }
}
