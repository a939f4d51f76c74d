package org.amtsplan.platform.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.amtsplan.platform.RetriedOnConflict;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Runs a transactional call again when MariaDB rolled its transaction back to break a deadlock
 * (SQLState 40001, error 1213; on a Galera cluster also a commit that lost certification to a
 * conflicting write on another node, or was aborted by one: the same error), gave up waiting for a
 * lock (error 1205) or refused the second of two concurrent inserts of the same new row (error
 * 1062). Its priority is lower than that of the transaction interceptor, so it runs outside it and
 * each attempt is a fresh transaction; a call made inside a running transaction is not retried on
 * its own, its outermost caller is. After {@value #ATTEMPTS} attempts the failure goes on (a lock
 * conflict becomes a 503 with Retry-After, a duplicate key a 409).
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    static final int ATTEMPTS = 5;

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    /** Retries and conflicts given up, per cause, for operators (one series per cause). */
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        if (insideTransaction()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException | Error failure) {
                Optional<String> conflict = conflict(failure);
                if (conflict.isEmpty()) {
                    throw failure;
                }
                String cause = conflict.get();
                if (attempt >= ATTEMPTS) {
                    metrics.counter(
                                    "amtsplan_transaction_conflicts_given_up_total",
                                    new Tag("cause", cause))
                            .inc();
                    throw failure;
                }
                metrics.counter("amtsplan_transaction_retries_total", new Tag("cause", cause))
                        .inc();
                int failed = attempt;
                LOG.info(
                        () ->
                                "lock conflict in "
                                        + invocation.getMethod().getName()
                                        + ", attempt "
                                        + failed
                                        + " of "
                                        + ATTEMPTS
                                        + "; running it again");
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40L << attempt));
            }
        }
    }

    /** Looked up once, not on every use-case call; the registry is one per server. */
    private static volatile TransactionSynchronizationRegistry registry;

    private static boolean insideTransaction() {
        TransactionSynchronizationRegistry known = registry;
        if (known == null) {
            try {
                known =
                        (TransactionSynchronizationRegistry)
                                new javax.naming.InitialContext()
                                        .lookup("java:comp/TransactionSynchronizationRegistry");
                registry = known;
            } catch (javax.naming.NamingException unavailable) {
                return false;
            }
        }
        return known.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /**
     * A deadlock, a lock-wait timeout or a duplicate key (two concurrent first writes of the same
     * row, such as a unit's calendar at a new location; on the next attempt the row exists)
     * anywhere in the cause chain, however the layers wrapped it. A genuine duplicate fails the
     * same way on every attempt and goes on as before.
     */
    static boolean isLockConflict(Throwable failure) {
        return conflict(failure).isPresent();
    }

    /**
     * What kind of conflict it is, for operators: {@code certification} (a Galera commit that lost
     * to a write on another node), {@code deadlock}, {@code lock_wait} or {@code duplicate}; a
     * failure that is no conflict is none.
     */
    static String cause(Throwable failure) {
        return conflict(failure).orElse("deadlock");
    }

    /** One walk down the cause chain: whether the failure is a conflict, and which kind. */
    private static Optional<String> conflict(Throwable failure) {
        boolean conflict = false;
        String kind = "deadlock";
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = next(cause), depth++) {
            if (String.valueOf(cause.getMessage()).contains("WSREP detected deadlock/conflict")) {
                return Optional.of("certification");
            }
            int code = cause instanceof SQLException sql ? sql.getErrorCode() : 0;
            if (code == 1062) {
                kind = "duplicate";
            } else if (code == 1205
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || String.valueOf(cause.getMessage()).contains("Lock wait timeout exceeded")) {
                kind = "lock_wait";
            }
            conflict |=
                    cause instanceof SQLTransactionRollbackException
                            || cause instanceof SQLException sql
                                    && ("40001".equals(sql.getSQLState())
                                            || code == 1213
                                            || code == 1205
                                            || code == 1062)
                            || cause instanceof jakarta.persistence.PessimisticLockException
                            || cause instanceof jakarta.persistence.LockTimeoutException
                            || saysLockConflict(cause);
        }
        return conflict ? Optional.of(kind) : Optional.empty();
    }

    /**
     * EclipseLink's exception, and a commit that failed (on Galera: lost certification), arrive
     * without the SQLException, as text only: the commit's XAException carries the driver's message
     * but not its cause.
     */
    static boolean saysLockConflict(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return message.contains("Deadlock found when trying to get lock")
                || message.contains("WSREP detected deadlock/conflict")
                || message.contains("Lock wait timeout exceeded");
    }

    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null && cause.getCause() != cause) {
            return cause.getCause();
        }
        if (cause instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return null;
    }
}
