package org.amtsplan.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.RateLimitWindows;
import org.eclipse.microprofile.config.Config;

/**
 * Limits for signed-in accounts on the endpoints that take seats ({@link
 * org.amtsplan.platform.RateLimited}): the public side's per-address limits and proof-of-work do
 * not apply to staff, so each account gets its own limit per minute, by role. An account that is
 * only a dealer's uses {@code amtsplan.ratelimit.dealer<Bucket>PerMinute}, every other account
 * {@code amtsplan.ratelimit.staff<Bucket>PerMinute}; a bucket without such a setting is not limited
 * for staff. Counted per instance, like the per-address limits.
 */
@ApplicationScoped
public class StaffRateLimits {

    @Inject Config config;
    @Inject RateLimitWindows windows;

    /** 0 when the account is admitted, else the seconds until it may try again. */
    long admit(StaffMember staff, String bucket) {
        Optional<Integer> perMinute =
                config.getOptionalValue(settingOf(staff, bucket), Integer.class);
        if (perMinute.isEmpty()) {
            return 0;
        }
        return windows.admit("account:" + bucket, staff.username(), perMinute.get());
    }

    /** The setting that limits this account in this bucket. */
    static String settingOf(StaffMember staff, String bucket) {
        Set<String> roles = staff.roles();
        boolean onlyDealer =
                roles.contains(StaffRoles.DEALER)
                        && !roles.contains(StaffRoles.ADMIN)
                        && !roles.contains(StaffRoles.HEAD)
                        && !roles.contains(StaffRoles.CLERK);
        return "amtsplan.ratelimit."
                + (onlyDealer ? "dealer" : "staff")
                + bucket.substring(0, 1).toUpperCase(Locale.ROOT)
                + bucket.substring(1)
                + "PerMinute";
    }
}
