package org.amtsplan.platform;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who is calling in the current request: a member of staff, or nobody (a citizen). */
@RequestScoped
public class CurrentStaff {

  private StaffMember member;

  public Optional<StaffMember> get() {
    return Optional.ofNullable(member);
  }

  /** Set once per request by the authentication filter. */
  public void authenticated(StaffMember member) {
    this.member = member;
  }
}
