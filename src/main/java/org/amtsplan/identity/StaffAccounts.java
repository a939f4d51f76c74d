package org.amtsplan.identity;

import java.util.Optional;

/**
 * Who a member of staff named by another module is: for work recorded on someone's behalf (an
 * offline device names the clerk who unlocked it), which must name a real account.
 */
public interface StaffAccounts {

    /** The member of staff with this user name, if the account exists. */
    Optional<StaffMember> find(String username);
}
