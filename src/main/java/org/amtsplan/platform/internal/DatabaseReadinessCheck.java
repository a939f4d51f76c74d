package org.amtsplan.platform.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the database answers and every module's migrations have run; on a Galera cluster
 * ({@code wsrep_on}) also that the node this instance writes through is Synced and has quorum
 * ({@link GaleraNodeState}). On a single MariaDB the check is what it always was.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        boolean migrated = migrator.isComplete();
        response.withData("migrations", migrated ? "complete" : "pending");
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(2);
            response.withData("connection", reachable ? "ok" : "invalid");
            boolean clusterReady = true;
            if (reachable && wsrepOn(connection)) {
                Optional<String> notReady =
                        GaleraNodeState.notReadyBecause(wsrepStatus(connection));
                response.withData("galera", notReady.orElse("synced"));
                clusterReady = notReady.isEmpty();
            }
            return response.status(reachable && migrated && clusterReady).build();
        } catch (SQLException e) {
            return response.withData("connection", e.getClass().getSimpleName()).down().build();
        }
    }

    /** A server without Galera has no such variable or has it OFF. */
    private static boolean wsrepOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")) {
            return row.next() && "ON".equalsIgnoreCase(row.getString(2));
        }
    }

    private static Map<String, String> wsrepStatus(Connection connection) throws SQLException {
        Map<String, String> status = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'wsrep_%'")) {
            while (rows.next()) {
                status.put(rows.getString(1), rows.getString(2));
            }
        }
        return status;
    }
}
