package org.amtsplan.identity;

import java.util.Set;

/** The roles of ../shared/api.md; a staff account holds one or more of them. */
public final class StaffRoles {

    public static final String ADMIN = "admin";
    public static final String HEAD = "head";
    public static final String CLERK = "clerk";
    public static final String DEALER = "dealer";

    public static final Set<String> ALL = Set.of(ADMIN, HEAD, CLERK, DEALER);

    private StaffRoles() {}
}
