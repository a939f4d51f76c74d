package org.amtsplan.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.KnownUnits;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;

/** Admins manage staff accounts: create with roles and units, list, remove. */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class StaffDirectory {

    /** An account as admins see it; never its password or hash. */
    public record AccountView(
            String username, Set<String> roles, Set<String> units, String dealer) {}

    public record NewAccount(
            String username,
            String password,
            List<String> roles,
            List<String> units,
            String dealer) {}

    @Inject StaffAccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject CurrentStaff currentStaff;
    @Inject KnownUnits units;
    @Inject Clock clock;
    @Inject StaffAuthenticator authenticator;
    @Inject StaffSessions sessions;

    public AccountView create(NewAccount account) {
        if (account == null) {
            throw ProblemException.invalid("body", "platform.validation.bodyRequired");
        }
        List<FieldError> errors = new ArrayList<>();
        if (account.username() == null
                || !account.username().matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            errors.add(new FieldError("username", "identity.validation.username"));
        }
        PasswordRules.problem(account.username(), account.password())
                .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        Set<String> roles =
                new LinkedHashSet<>(account.roles() == null ? List.of() : account.roles());
        if (roles.isEmpty() || !StaffRoles.ALL.containsAll(roles)) {
            errors.add(
                    new FieldError(
                            "roles",
                            "identity.validation.roles",
                            String.join(", ", new java.util.TreeSet<>(StaffRoles.ALL))));
        }
        Set<String> unitIds =
                new LinkedHashSet<>(account.units() == null ? List.of() : account.units());
        for (String unit : unitIds) {
            if (!units.exists(unit)) {
                errors.add(new FieldError("units", "identity.validation.unknownUnit", unit));
            }
        }
        boolean dealer = roles.contains(StaffRoles.DEALER);
        String dealerId =
                account.dealer() == null || account.dealer().isBlank()
                        ? null
                        : account.dealer().strip();
        if (dealer && dealerId == null) {
            errors.add(new FieldError("dealer", "identity.validation.dealerRequired"));
        }
        if (!dealer && dealerId != null) {
            errors.add(new FieldError("dealer", "identity.validation.dealerOnlyWithRole"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        StaffAccount created =
                new StaffAccount(
                        account.username(),
                        hasher.hash(account.password()),
                        roles,
                        unitIds,
                        dealerId,
                        clock.instant());
        // a "no such account" remembered a moment ago must not keep the new one out
        authenticator.forget(created.username());
        if (!accounts.add(created)) {
            throw ProblemException.conflict("account-exists", "identity.accountExists");
        }
        return view(created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> all() {
        return accounts.all().stream().map(StaffDirectory::view).toList();
    }

    public void remove(String username) {
        StaffMember admin = currentStaff.get().orElseThrow();
        if (admin.username().equals(username)) {
            throw ProblemException.conflict("own-account", "identity.ownAccount");
        }
        if (!accounts.remove(username)) {
            throw ProblemException.notFound("identity.noSuchAccount");
        }
        // its sessions would find no account any more; dropping them keeps the table clean
        sessions.endAllOf(username);
        authenticator.forget(username);
    }

    /**
     * Lifts a lock-out (and the count of failed logins) before its time, after the admin spoke to
     * the person.
     */
    public void unlock(String username) {
        if (accounts.find(username).isEmpty()) {
            throw ProblemException.notFound("identity.noSuchAccount");
        }
        accounts.clearFailedLogins(username);
        authenticator.forget(username);
    }

    private static AccountView view(StaffAccount a) {
        return new AccountView(a.username(), a.roles(), a.units(), a.dealerId());
    }
}
