package org.amtsplan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.platform.RateLimitWindows;
import org.junit.jupiter.api.Test;

class StaffRateLimitsTest {

    private static StaffMember with(String... roles) {
        return new StaffMember("someone", Set.of(roles), Set.of("vehicle"), "autohaus-nord");
    }

    @Test
    void aDealerAccountHasTheDealerLimitAndEveryOtherAccountTheStaffLimit() {
        assertEquals(
                "amtsplan.ratelimit.dealerBookingPerMinute",
                StaffRateLimits.settingOf(with("dealer"), "booking"));
        assertEquals(
                "amtsplan.ratelimit.staffBookingPerMinute",
                StaffRateLimits.settingOf(with("clerk"), "booking"));
        assertEquals(
                "amtsplan.ratelimit.staffBookingPerMinute",
                StaffRateLimits.settingOf(with("head"), "booking"));
        assertEquals(
                "amtsplan.ratelimit.staffBookingPerMinute",
                StaffRateLimits.settingOf(with("admin"), "booking"));
        assertEquals(
                "amtsplan.ratelimit.staffBookingPerMinute",
                StaffRateLimits.settingOf(with("dealer", "clerk"), "booking"),
                "a dealer who is also a clerk works at the counter");
        assertEquals(
                "amtsplan.ratelimit.staffAvailabilityPerMinute",
                StaffRateLimits.settingOf(with("clerk"), "availability"));
    }

    @Test
    void anAccountBeyondItsLimitWaitsAndOtherAccountsDoNot() {
        RateLimitWindows windows = new RateLimitWindows();
        int admitted = 0;
        long wait = 0;
        for (int i = 0; i < 25 && wait == 0; i++) {
            wait = windows.admit("account:booking", "haendler", 10);
            if (wait == 0) {
                admitted++;
            }
        }
        // a new minute may begin during the loop and admit another ten: never more than twenty
        assertEquals(true, admitted >= 10 && admitted <= 20, "admitted " + admitted);
        assertEquals(true, wait >= 1 && wait <= 60, "told to wait " + wait + " s");
        assertEquals(
                0,
                windows.admit("account:booking", "kollege", 10),
                "another account is not limited");
    }
}
