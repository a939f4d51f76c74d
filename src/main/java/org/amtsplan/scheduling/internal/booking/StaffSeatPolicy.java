package org.amtsplan.scheduling.internal.booking;

import java.util.Set;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.StaffRoles;

/**
 * Which seats a signed-in account may hold or book: an admin, head or clerk where the access filter
 * authorised the account for the seat's unit (admins everywhere, heads and clerks their own units);
 * a dealer account only what its department admits for dealers ({@link
 * org.amtsplan.scheduling.spi.DealerSeats}); any other account none.
 */
final class StaffSeatPolicy {

    /** The outcome for one account and unit. */
    enum Verdict {
        ALLOWED,
        ASK_DEALER_DEPARTMENT,
        REFUSED
    }

    private StaffSeatPolicy() {}

    /**
     * @param authorisedForUnit what the access filter decided for this account and the seat's unit
     *     ({@link org.amtsplan.identity.CurrentStaff#authorisedFor(String)})
     */
    public static Verdict decide(StaffMember staff, boolean authorisedForUnit) {
        Set<String> roles = staff.roles();
        boolean worksInUnits =
                roles.contains(StaffRoles.ADMIN)
                        || roles.contains(StaffRoles.HEAD)
                        || roles.contains(StaffRoles.CLERK);
        if (worksInUnits && authorisedForUnit) {
            return Verdict.ALLOWED;
        }
        if (roles.contains(StaffRoles.DEALER) && staff.dealerId() != null) {
            return Verdict.ASK_DEALER_DEPARTMENT;
        }
        return Verdict.REFUSED;
    }
}
