package org.amtsplan.scheduling.internal.policy;

import org.amtsplan.platform.StaffMember;
import org.amtsplan.platform.StaffRoles;

/**
 * Which seats a signed-in account may hold or book: an admin any; a head or clerk only in the
 * units of their account; a dealer account only what its department admits for dealers ({@link
 * org.amtsplan.scheduling.spi.DealerSeats}); any other account none.
 */
public final class StaffSeatPolicy {

  /** The outcome for one account and unit. */
  public enum Verdict { ALLOWED, ASK_DEALER_DEPARTMENT, REFUSED }

  private StaffSeatPolicy() {}

  public static Verdict decide(StaffMember staff, String unitId) {
    if (staff.hasRole(StaffRoles.ADMIN)) {
      return Verdict.ALLOWED;
    }
    if ((staff.hasRole(StaffRoles.HEAD) || staff.hasRole(StaffRoles.CLERK)) && staff.mayActOn(unitId)) {
      return Verdict.ALLOWED;
    }
    if (staff.hasRole(StaffRoles.DEALER) && staff.dealerId() != null) {
      return Verdict.ASK_DEALER_DEPARTMENT;
    }
    return Verdict.REFUSED;
  }
}
