package org.amtsplan.scheduling.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amtsplan.platform.CurrentStaff;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.StaffMember;
import org.amtsplan.platform.StaffRoles;

/**
 * Who may do what in the kernel: heads configure their own units, clerks and heads work the counter
 * of their own units, admins everything. Checked in the use cases, so every way in is covered; a
 * refusal names no data of the unit.
 */
@ApplicationScoped
public class StaffAccess {

  @Inject CurrentStaff currentStaff;

  /** Configuration of a unit: its head, or an admin. */
  public void requireHead(String unitId) {
    StaffMember staff = caller();
    boolean allowed = staff.hasRole(StaffRoles.ADMIN) || (staff.hasRole(StaffRoles.HEAD) && staff.mayActOn(unitId));
    if (!allowed) {
      throw refused();
    }
  }

  /** Counter work and reading a unit's data: its clerks and head, or an admin. */
  public void requireStaffOf(String unitId) {
    StaffMember staff = caller();
    boolean allowed =
        staff.hasRole(StaffRoles.ADMIN)
            || ((staff.hasRole(StaffRoles.HEAD) || staff.hasRole(StaffRoles.CLERK)) && staff.mayActOn(unitId));
    if (!allowed) {
      throw refused();
    }
  }

  /** City-wide configuration such as locations: a head of any unit, or an admin. */
  public void requireAnyHead() {
    StaffMember staff = caller();
    if (!staff.hasRole(StaffRoles.ADMIN) && !staff.hasRole(StaffRoles.HEAD)) {
      throw refused();
    }
  }

  /** Operations over all units and data (retention): admins only. */
  public void requireAdmin() {
    if (!caller().hasRole(StaffRoles.ADMIN)) {
      throw refused();
    }
  }

  private StaffMember caller() {
    return currentStaff.get().orElseThrow(StaffAccess::refused);
  }

  private static ProblemException refused() {
    return ProblemException.forbidden("Dafür fehlt die Berechtigung. / You are not allowed to do this.");
  }
}
