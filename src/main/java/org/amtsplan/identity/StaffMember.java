package org.amtsplan.identity;

import java.util.Set;

/**
 * The logged-in member of staff as other modules see them: name, roles, the units they may act on,
 * and for a dealer account the dealership it belongs to. What they may do is decided once per
 * request by the access filter, from the resource method's declarations.
 */
public record StaffMember(String username, Set<String> roles, Set<String> units, String dealerId) {}
