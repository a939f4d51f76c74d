package org.amtsplan.platform;

import java.util.Set;

/**
 * The logged-in member of staff as other modules see them: name, roles, the units they may act on,
 * and for a dealer account the dealership it belongs to.
 */
public record StaffMember(String username, Set<String> roles, Set<String> units, String dealerId) {

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Admins act everywhere; everybody else only on the units of their account. */
  public boolean mayActOn(String unitId) {
    return hasRole(StaffRoles.ADMIN) || units.contains(unitId);
  }
}
