package org.amtsplan.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/**
 * What a Galera cluster answers a transaction that lost certification (two nodes wrote the same
 * seat row; the later commit is rolled back) is run again, and answered 503 when the retries run
 * out; a node without quorum is answered 503 too, never 500.
 */
class ConflictRetryTest {

    static RuntimeException wrapped(SQLException sql) {
        // as EclipseLink and the container wrap it
        return new jakarta.transaction.TransactionalException(
                "commit failed", new PersistenceException(new RuntimeException(sql)));
    }

    @Test
    void aCertificationFailureIsRetriedAndThenAnsweredAsContention() {
        SQLException certification =
                new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction",
                        "40001",
                        1213);
        assertTrue(ConflictRetry.isLockConflict(wrapped(certification)));
        assertTrue(UnexpectedExceptionMapper.isLockContention(wrapped(certification)));
        SQLException plain =
                new SQLException(
                        "WSREP detected deadlock/conflict and aborted the transaction. Try restarting"
                                + " the transaction",
                        "40001",
                        1213);
        assertTrue(ConflictRetry.isLockConflict(wrapped(plain)));
        assertTrue(UnexpectedExceptionMapper.isLockContention(wrapped(plain)));
    }

    @Test
    void aNodeWithoutQuorumIsUnavailableNotABugAndNotRetriedOnTheSameNode() {
        SQLException notPrepared =
                new SQLException(
                        "WSREP has not yet prepared node for application use", "08S01", 1047);
        assertTrue(UnexpectedExceptionMapper.isDatabaseUnavailable(wrapped(notPrepared)));
        assertFalse(ConflictRetry.isLockConflict(wrapped(notPrepared)));
        assertFalse(UnexpectedExceptionMapper.isLockContention(wrapped(notPrepared)));
    }

    @Test
    void operatorsSeeWhichKindOfConflictWasRetried() {
        assertEquals(
                "certification",
                ConflictRetry.cause(
                        wrapped(
                                new SQLException(
                                        "WSREP detected deadlock/conflict and aborted the transaction.",
                                        "40001",
                                        1213))));
        assertEquals(
                "deadlock",
                ConflictRetry.cause(
                        wrapped(
                                new SQLTransactionRollbackException(
                                        "Deadlock found when trying to get lock", "40001", 1213))));
        assertEquals(
                "lock_wait",
                ConflictRetry.cause(
                        wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertEquals(
                "duplicate",
                ConflictRetry.cause(
                        wrapped(new SQLException("Duplicate entry 'X' for key", "23000", 1062))));
    }

    @Test
    void anOrdinaryFailureIsNeither() {
        SQLException syntax = new SQLException("You have an error in your SQL", "42000", 1064);
        assertFalse(ConflictRetry.isLockConflict(wrapped(syntax)));
        assertFalse(UnexpectedExceptionMapper.isDatabaseUnavailable(wrapped(syntax)));
    }

    @Test
    void aCommitThatLostCertificationArrivesAsTextOnlyAndIsStillRecognised() {
        // Payara's local transaction: the driver's message survives, its SQLException does not
        Exception commit =
                new jakarta.transaction.TransactionalException(
                        "Managed bean with Transactional annotation encountered exception during"
                                + " commit",
                        new RuntimeException(
                                new javax.transaction.xa.XAException(
                                        "jakarta.resource.spi.LocalTransactionException: (conn=30)"
                                                + " Deadlock found when trying to get lock; try"
                                                + " restarting transaction")));
        assertTrue(ConflictRetry.isLockConflict(commit));
        assertTrue(UnexpectedExceptionMapper.isLockContention(commit));
        Exception lost =
                new jakarta.transaction.TransactionalException(
                        "commit",
                        new RuntimeException(
                                new javax.transaction.xa.XAException(
                                        "Driver has reconnect connection after a communications"
                                                + " failure with 127.0.0.1:3306 during a COMMIT"
                                                + " statement")));
        assertFalse(ConflictRetry.isLockConflict(lost));
        assertTrue(UnexpectedExceptionMapper.isDatabaseUnavailable(lost));
    }
}
