package org.amtsplan.scheduling.internal.booking;

import static org.amtsplan.scheduling.internal.booking.StaffSeatPolicy.Verdict.ALLOWED;
import static org.amtsplan.scheduling.internal.booking.StaffSeatPolicy.Verdict.ASK_DEALER_DEPARTMENT;
import static org.amtsplan.scheduling.internal.booking.StaffSeatPolicy.Verdict.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.amtsplan.identity.StaffMember;
import org.junit.jupiter.api.Test;

class StaffSeatPolicyTest {

    @Test
    void clerksAndHeadsTakeSeatsOnlyInTheirOwnUnits() {
        StaffMember clerk =
                new StaffMember("kfz-schalter", Set.of("clerk"), Set.of("vehicle"), null);
        StaffMember head =
                new StaffMember("abh-leitung", Set.of("head"), Set.of("immigration"), null);
        assertEquals(ALLOWED, StaffSeatPolicy.decide(clerk, true));
        assertEquals(
                REFUSED,
                StaffSeatPolicy.decide(clerk, false),
                "a unit the filter did not authorise");
        assertEquals(ALLOWED, StaffSeatPolicy.decide(head, true));
        assertEquals(REFUSED, StaffSeatPolicy.decide(head, false));
    }

    @Test
    void adminsTakeSeatsEverywhere() {
        assertEquals(
                ALLOWED,
                StaffSeatPolicy.decide(
                        new StaffMember("admin", Set.of("admin"), Set.of(), null), true));
    }

    @Test
    void aDealerAccountIsAlwaysAskedAboutItsDealerAndAnAccountWithoutRoleTakesNothing() {
        StaffMember dealer =
                new StaffMember(
                        "autohaus-nord", Set.of("dealer"), Set.of("vehicle"), "autohaus-nord");
        assertEquals(
                ASK_DEALER_DEPARTMENT,
                StaffSeatPolicy.decide(dealer, false),
                "its unit does not make it a clerk");
        assertEquals(ASK_DEALER_DEPARTMENT, StaffSeatPolicy.decide(dealer, false));
        assertEquals(
                REFUSED,
                StaffSeatPolicy.decide(
                        new StaffMember("x", Set.of("dealer"), Set.of("vehicle"), null), false),
                "a dealer account without a dealer");
        assertEquals(
                REFUSED,
                StaffSeatPolicy.decide(
                        new StaffMember("y", Set.of(), Set.of("vehicle"), null), true));
    }
}
