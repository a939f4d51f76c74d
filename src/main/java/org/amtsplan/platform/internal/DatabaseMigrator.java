package org.amtsplan.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database; a failed migration fails
 * the deployment. Each module owns {@code db/migration/<module>/} and its own history table {@code
 * <module>_schema_history}, so modules version their tables independently; they run in {@link
 * #MODULES} order (the kernel before the departments that refer to its ids).
 *
 * <p>One instance migrates at a time, across a Galera cluster too: Flyway's own lock ({@code
 * GET_LOCK}, or on Galera a locking read of its history table) holds on one node only, so two
 * instances starting at once on two nodes would both run the same {@code CREATE TABLE}. Before
 * migrating, an instance claims the one row of {@code plt_migration_claim} by a write (two claims
 * on two nodes conflict at certification); the others wait until the row is released, then find
 * nothing left to do. The migrating instance extends its claim every {@link #RENEW_SECONDS}, so a
 * long migration keeps it; a claim whose instance died ends after {@link #CLAIM_SECONDS}.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        // a plain DataSource: local transactions, never XA (one database; Galera refuses XA)
        className = "org.amtsplan.platform.internal.LocalTransactionDataSource",
        url = "${MPCONFIG=amtsplan.db.url}",
        user = "${MPCONFIG=amtsplan.db.user}",
        password = "${MPCONFIG=amtsplan.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        transactional = true)
@Startup
@Singleton
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:app/jdbc/amtsplan";

    /** Modules with a migration folder, in the order their migrations run. */
    static final List<String> MODULES =
            List.of(
                    "platform",
                    "identity",
                    "scheduling",
                    "vehicleregistration",
                    "immigration",
                    "registryoffice",
                    "disruption",
                    "notification");

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Resource ManagedScheduledExecutorService scheduler;

    /** How long a claim lasts if its instance dies while migrating. */
    static final int CLAIM_SECONDS = 300;

    /** How often a migrating instance extends its claim, so a long migration never outlives it. */
    static final int RENEW_SECONDS = 60;

    private static final Duration WAIT_LOGGED_EVERY = Duration.ofSeconds(10);

    private volatile boolean complete;

    // Flyway manages its own transactions and commits; a container transaction around it would
    // hold its connection.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        String claimant = "instance-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            awaitClaim(connection, claimant);
            ScheduledFuture<?> renewal =
                    scheduler.scheduleAtFixedRate(
                            () -> renew(connection, claimant),
                            RENEW_SECONDS,
                            RENEW_SECONDS,
                            TimeUnit.SECONDS);
            try {
                migrateModules();
            } finally {
                renewal.cancel(false);
                release(connection, claimant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the schema migration", e);
        }
        complete = true;
    }

    private static void renew(Connection connection, String claimant) {
        try {
            synchronized (connection) {
                claim(connection, claimant);
            }
        } catch (SQLException e) {
            LOG.warning("could not extend the migration claim: " + e.getMessage());
        }
    }

    private void awaitClaim(Connection connection, String claimant) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // replicated in total order on Galera; a no-op where it exists
            statement.execute(
                    "CREATE TABLE IF NOT EXISTS plt_migration_claim ("
                            + " id TINYINT NOT NULL PRIMARY KEY,"
                            + " claimed_by VARCHAR(60) NOT NULL,"
                            + " claimed_until TIMESTAMP(3) NOT NULL) ENGINE=InnoDB");
            causalReads(statement);
        }
        long started = System.nanoTime();
        long nextLog = started + WAIT_LOGGED_EVERY.toNanos();
        while (!claim(connection, claimant)) {
            if (System.nanoTime() > nextLog) {
                nextLog = System.nanoTime() + WAIT_LOGGED_EVERY.toNanos();
                LOG.info("Waiting for another instance to finish migrating the schema");
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(200, 600));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to migrate", e);
            }
        }
    }

    /**
     * Takes the claim row if nobody holds it or its holder's time ran out; true when this instance
     * holds it afterwards. The assignments run left to right: the holder changes only when the old
     * claim has ended, and the time is extended only for the holder.
     */
    private static boolean claim(Connection connection, String claimant) throws SQLException {
        try (PreparedStatement upsert =
                connection.prepareStatement(
                        "INSERT INTO plt_migration_claim (id, claimed_by, claimed_until)"
                                + " VALUES (1, ?, NOW(3) + INTERVAL "
                                + CLAIM_SECONDS
                                + " SECOND) ON DUPLICATE KEY UPDATE"
                                + " claimed_by = IF(claimed_until < NOW(3), VALUES(claimed_by), claimed_by),"
                                + " claimed_until = IF(claimed_by = VALUES(claimed_by), VALUES(claimed_until), claimed_until)")) {
            upsert.setString(1, claimant);
            upsert.executeUpdate();
        } catch (SQLException lost) {
            if (lost.getErrorCode() == 1213 || "40001".equals(lost.getSQLState())) {
                return false; // another node's claim certified first: look again
            }
            throw lost;
        }
        try (PreparedStatement holder =
                connection.prepareStatement(
                        "SELECT claimed_by FROM plt_migration_claim WHERE id = 1")) {
            try (ResultSet row = holder.executeQuery()) {
                return row.next() && claimant.equals(row.getString(1));
            }
        }
    }

    private static void release(Connection connection, String claimant) throws SQLException {
        synchronized (connection) {
            releaseClaim(connection, claimant);
        }
    }

    private static void releaseClaim(Connection connection, String claimant) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement(
                        "DELETE FROM plt_migration_claim WHERE id = 1 AND claimed_by = ?")) {
            delete.setString(1, claimant);
            delete.executeUpdate();
        }
    }

    /**
     * On a Galera node, a read waits until the node has applied what the cluster committed before
     * it, so the claim read back is the cluster's; on a single MariaDB the setting is ignored.
     */
    private static void causalReads(Statement statement) {
        try {
            statement.execute("SET SESSION wsrep_sync_wait = 1");
        } catch (SQLException notAGaleraBuild) {
            // a server without the wsrep variables is no cluster
        }
    }

    private void migrateModules() {
        for (String module : MODULES) {
            MigrateResult result =
                    Flyway.configure(DatabaseMigrator.class.getClassLoader())
                            .dataSource(dataSource)
                            .locations("classpath:db/migration/" + module)
                            .table(module + "_schema_history")
                            // the schema already holds other modules' tables: start this module's
                            // history at 0
                            .baselineOnMigrate(true)
                            .baselineVersion("0")
                            .load()
                            .migrate();
            LOG.info(
                    () ->
                            "Migrated module "
                                    + module
                                    + ": "
                                    + result.migrationsExecuted
                                    + " migration(s), now at version "
                                    + result.targetSchemaVersion);
        }
    }

    public boolean isComplete() {
        return complete;
    }
}
