package org.amtsplan.platform;

/**
 * Fired once at start-up, after the migrations, when demo mode ({@code AMTSPLAN_DEMO=true}) is on.
 * Each module observes it and adds its share of the demo city; observers must be idempotent because
 * every start fires it again and several instances may start together. Observer order follows
 * {@link jakarta.annotation.Priority}: {@link #LOCATIONS} before {@link #SERVICES} before {@link
 * #STAFF}.
 */
public record DemoDataRequested() {
    public static final int LOCATIONS = 100;
    public static final int SERVICES = 200;
    public static final int STAFF = 300;
}
