package org.amtsplan.platform.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means: the database answers and every module's migrations have run. */
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
            return response.status(reachable && migrated).build();
        } catch (SQLException e) {
            return response.withData("connection", e.getClass().getSimpleName()).down().build();
        }
    }
}
