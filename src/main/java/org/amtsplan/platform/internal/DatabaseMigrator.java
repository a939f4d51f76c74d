package org.amtsplan.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database; a failed migration fails
 * the deployment. Each module owns {@code db/migration/<module>/} and its own history table {@code
 * <module>_schema_history}, so modules version their tables independently; they run in {@link
 * #MODULES} order (the kernel before the departments that refer to its ids).
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

    private volatile boolean complete;

    // Flyway manages its own transactions and commits; a container transaction around it would
    // hold its connection.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
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
        complete = true;
    }

    public boolean isComplete() {
        return complete;
    }
}
