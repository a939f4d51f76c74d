package org.amtsplan.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.amtsplan.identity.internal.InitialAccountsPolicy.PlannedAccount;
import org.amtsplan.platform.DemoDataRequested;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the accounts {@link InitialAccountsPolicy} plans, once the schema is ready. */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class InitialAccounts {

    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    @Inject StaffAccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "amtsplan.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void createFirstAdministrator() {
        Optional<String> weakness = adminPassword.flatMap(InitialAccountsPolicy::weakness);
        if (weakness.isPresent()) {
            LOG.severe(weakness.get() + "; no administrator was created");
            return;
        }
        create(
                InitialAccountsPolicy.plan(
                        false, adminPassword, existing(InitialAccountsPolicy.ADMIN)));
        if (accounts.find(InitialAccountsPolicy.ADMIN).isEmpty()) {
            LOG.warning(
                    "No administrator account exists. Set AMTSPLAN_ADMIN_PASSWORD and restart to create 'admin'.");
        }
    }

    // an observer on a session bean must be a public business method
    public void createDemoAccounts(
            @Observes @Priority(DemoDataRequested.STAFF) DemoDataRequested event) {
        create(
                InitialAccountsPolicy.plan(true, Optional.empty(), Set.of()).stream()
                        .filter(account -> accounts.find(account.username()).isEmpty())
                        .toList());
    }

    private Set<String> existing(String username) {
        return accounts.find(username).isPresent() ? Set.of(username) : Set.of();
    }

    private void create(Iterable<PlannedAccount> planned) {
        for (PlannedAccount account : planned) {
            boolean added =
                    accounts.add(
                            new StaffAccount(
                                    account.username(),
                                    hasher.hash(account.password()),
                                    account.roles(),
                                    account.units(),
                                    account.dealerId(),
                                    clock.instant()));
            if (added) {
                LOG.info("Created staff account " + account.username() + " " + account.roles());
            }
        }
    }
}
