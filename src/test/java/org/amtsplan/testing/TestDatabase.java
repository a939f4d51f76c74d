package org.amtsplan.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Direct access to the database the deployed application uses, for what a test cannot do over HTTP:
 * letting time pass for one row (moving a deadline into the past) and reading the ledger.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("amtsplan.db.url"),
                System.getProperty("amtsplan.db.user"),
                System.getProperty("amtsplan.db.password", ""));
    }

    public static int update(String sql, Object... values) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as text, null without a row. */
    public static String text(String sql, Object... values) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long number(String sql, Object... values) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
