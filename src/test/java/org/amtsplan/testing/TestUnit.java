package org.amtsplan.testing;

import org.amtsplan.testing.ApiClient.Reply;

/**
 * The units of the test-only department {@code org.amtsplan.testunit}, which kernel ITs deploy
 * ({@link Deployments#withTestUnit}) instead of borrowing a real department's, and the staff
 * accounts for them, created through the API as an admin would.
 */
public final class TestUnit {

    /** Takes walk-ins; ticket numbers start with T. */
    public static final String UNIT = "test-unit";

    /** Appointments only: a walk-in is refused; ticket numbers start with U. */
    public static final String BY_APPOINTMENT = "test-unit-by-appointment";

    public static final String HEAD = "testeinheit-leitung";
    public static final String CLERK = "testeinheit-schalter";
    public static final String PASSWORD = "Pruefstand-Passwort-7";

    private TestUnit() {}

    /** The head of both test units, signed in (the account is created on first use). */
    public static ApiClient head(ApiClient anonymous) {
        return account(anonymous, HEAD, "head");
    }

    /** A clerk of both test units, signed in (the account is created on first use). */
    public static ApiClient clerk(ApiClient anonymous) {
        return account(anonymous, CLERK, "clerk");
    }

    private static ApiClient account(ApiClient anonymous, String username, String role) {
        // the database outlives the deployment: an earlier run may have created the account already
        Reply created =
                anonymous
                        .as("admin", "demo")
                        .post(
                                "/api/staff",
                                "{\"username\":\""
                                        + username
                                        + "\",\"password\":\""
                                        + PASSWORD
                                        + "\",\"roles\":[\""
                                        + role
                                        + "\"],\"units\":[\""
                                        + UNIT
                                        + "\",\""
                                        + BY_APPOINTMENT
                                        + "\"]}");
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("cannot create " + username + ": " + created);
        }
        return anonymous.as(username, PASSWORD);
    }
}
