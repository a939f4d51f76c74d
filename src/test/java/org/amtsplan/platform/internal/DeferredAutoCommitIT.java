package org.amtsplan.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.amtsplan.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data source's connections against the real MariaDB of the integration tests (no deployment):
 * a transaction costs no {@code SET autocommit}, and whatever the caller runs in autocommit is
 * committed at once, as it was before, as seen from another connection.
 */
class DeferredAutoCommitIT {

    private static final String TABLE = "plt_test_deferred_autocommit";

    private Connection connection;
    private Connection physical;

    @BeforeAll
    static void table() throws SQLException {
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            s.execute(
                    "create table if not exists "
                            + TABLE
                            + " (marker varchar(40) primary key) engine=InnoDB");
        }
    }

    @BeforeEach
    void open() throws SQLException {
        LocalTransactionDataSource dataSource = new LocalTransactionDataSource();
        dataSource.setUrl(System.getProperty("amtsplan.db.url"));
        dataSource.setUser(System.getProperty("amtsplan.db.user"));
        dataSource.setPassword(System.getProperty("amtsplan.db.password", ""));
        connection = dataSource.getConnection();
        // the driver's own connection, to read this session's counters without going through the
        // wrapper
        physical = connection.unwrap(Connection.class);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void transactionsOneAfterTheOtherSendNoAutocommitSwitch() throws SQLException {
        transaction(UUID.randomUUID().toString()); // the first one switches autocommit off
        long before = setStatements();
        String[] markers = {marker(), marker(), marker()};
        for (String marker : markers) {
            transaction(marker);
        }

        assertEquals(before, setStatements(), "SET statements sent for three transactions");
        for (String marker : markers) {
            assertTrue(committed(marker), marker + " committed");
        }
        assertTrue(connection.getAutoCommit(), "the caller's mode");
    }

    @Test
    void aStatementBetweenTransactionsRunsInAutocommit() throws SQLException {
        transaction(marker());
        String marker = marker();

        insert(marker);

        assertTrue(committed(marker), "visible to others without a commit");
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select @@autocommit")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }

    @Test
    void switchingAutocommitOnInsideATransactionCommitsIt() throws SQLException {
        String marker = marker();
        connection.setAutoCommit(false);
        insert(marker);
        assertFalse(committed(marker), "not yet committed");

        connection.setAutoCommit(true);

        assertTrue(committed(marker), "committed by switching autocommit on");
    }

    @Test
    void aStatementPreparedInATransactionAndRunAfterItRunsInAutocommit() throws SQLException {
        String marker = marker();
        connection.setAutoCommit(false);
        try (PreparedStatement insert =
                connection.prepareStatement("insert into " + TABLE + " (marker) values (?)")) {
            connection.commit();
            connection.setAutoCommit(true);

            insert.setString(1, marker);
            insert.executeUpdate();
        }

        assertTrue(committed(marker), "visible to others without a commit");
    }

    @Test
    void aRolledBackTransactionLeavesNothingAndTheNextStatementCommits() throws SQLException {
        String rolledBack = marker();
        connection.setAutoCommit(false);
        insert(rolledBack);
        connection.rollback();
        connection.setAutoCommit(true);
        String next = marker();

        insert(next);

        assertFalse(committed(rolledBack), "rolled back");
        assertTrue(committed(next), "the statement after it ran in autocommit");
    }

    private void transaction(String marker) throws SQLException {
        connection.setAutoCommit(false);
        insert(marker);
        connection.commit();
        connection.setAutoCommit(true);
    }

    private void insert(String marker) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("insert into " + TABLE + " (marker) values (?)")) {
            insert.setString(1, marker);
            insert.executeUpdate();
        }
    }

    private static String marker() {
        return UUID.randomUUID().toString();
    }

    /** Seen from another connection. */
    private static boolean committed(String marker) {
        return TestDatabase.number("select count(*) from " + TABLE + " where marker = ?", marker)
                == 1;
    }

    /** {@code SET} statements this session has sent so far. */
    private long setStatements() throws SQLException {
        try (Statement s = physical.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select variable_value from information_schema.session_status"
                                        + " where variable_name = 'COM_SET_OPTION'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
