package org.amtsplan.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.identity.StaffRoles;

/**
 * Which accounts a start creates. In demo mode a known set with the password {@code demo}; outside
 * demo mode only the first administrator, and only with the password the operator gave in {@code
 * AMTSPLAN_ADMIN_PASSWORD}: no production start ever creates a password somebody could guess.
 * Existing accounts are never touched.
 */
public final class InitialAccountsPolicy {

    /** An account to create, with its password in clear (hashed before it is stored). */
    public record PlannedAccount(
            String username,
            String password,
            Set<String> roles,
            Set<String> units,
            String dealerId) {}

    /** The demo car dealership; vehicle registration's demo data creates it under this id. */
    public static final String DEMO_DEALER = "autohaus-nord";

    public static final String ADMIN = "admin";
    public static final String DEMO_PASSWORD = "demo";
    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    static final Set<String> ALL_UNITS =
            Set.of("vehicle", "immigration", "civil-registry", "citizenship");

    private InitialAccountsPolicy() {}

    public static List<PlannedAccount> plan(
            boolean demoMode, Optional<String> adminPassword, Set<String> existingUsernames) {
        List<PlannedAccount> planned = new ArrayList<>();
        if (demoMode) {
            planned.add(demo(ADMIN, Set.of(StaffRoles.ADMIN), ALL_UNITS));
            planned.add(demo("kfz-leitung", Set.of(StaffRoles.HEAD), Set.of("vehicle")));
            planned.add(demo("kfz-schalter", Set.of(StaffRoles.CLERK), Set.of("vehicle")));
            planned.add(demo("abh-leitung", Set.of(StaffRoles.HEAD), Set.of("immigration")));
            planned.add(demo("abh-schalter", Set.of(StaffRoles.CLERK), Set.of("immigration")));
            planned.add(
                    demo(
                            "standesamt-leitung",
                            Set.of(StaffRoles.HEAD),
                            Set.of("civil-registry", "citizenship")));
            planned.add(
                    demo(
                            "standesamt-schalter",
                            Set.of(StaffRoles.CLERK),
                            Set.of("civil-registry", "citizenship")));
            planned.add(
                    new PlannedAccount(
                            DEMO_DEALER,
                            DEMO_PASSWORD,
                            Set.of(StaffRoles.DEALER),
                            Set.of("vehicle"),
                            DEMO_DEALER));
        } else {
            adminPassword
                    .filter(password -> !password.isBlank())
                    .ifPresent(
                            password ->
                                    planned.add(
                                            new PlannedAccount(
                                                    ADMIN,
                                                    password,
                                                    Set.of(StaffRoles.ADMIN),
                                                    ALL_UNITS,
                                                    null)));
        }
        planned.removeIf(account -> existingUsernames.contains(account.username()));
        return List.copyOf(planned);
    }

    /** Why an administrator password from the environment is refused, if it is. */
    public static Optional<String> weakness(String adminPassword) {
        if (adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH) {
            return Optional.of(
                    "AMTSPLAN_ADMIN_PASSWORD must have at least "
                            + MIN_ADMIN_PASSWORD_LENGTH
                            + " characters");
        }
        return Optional.empty();
    }

    private static PlannedAccount demo(String username, Set<String> roles, Set<String> units) {
        return new PlannedAccount(username, DEMO_PASSWORD, roles, units, null);
    }
}
