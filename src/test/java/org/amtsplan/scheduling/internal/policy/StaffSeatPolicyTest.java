package org.amtsplan.scheduling.internal.policy;

import static org.amtsplan.scheduling.internal.policy.StaffSeatPolicy.Verdict.ALLOWED;
import static org.amtsplan.scheduling.internal.policy.StaffSeatPolicy.Verdict.ASK_DEALER_DEPARTMENT;
import static org.amtsplan.scheduling.internal.policy.StaffSeatPolicy.Verdict.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.amtsplan.platform.StaffMember;
import org.junit.jupiter.api.Test;

class StaffSeatPolicyTest {

  @Test
  void clerksAndHeadsTakeSeatsOnlyInTheirOwnUnits() {
    StaffMember clerk = new StaffMember("kfz-schalter", Set.of("clerk"), Set.of("vehicle"), null);
    StaffMember head = new StaffMember("abh-leitung", Set.of("head"), Set.of("immigration"), null);
    assertEquals(ALLOWED, StaffSeatPolicy.decide(clerk, "vehicle"));
    assertEquals(REFUSED, StaffSeatPolicy.decide(clerk, "immigration"));
    assertEquals(ALLOWED, StaffSeatPolicy.decide(head, "immigration"));
    assertEquals(REFUSED, StaffSeatPolicy.decide(head, "civil-registry"));
  }

  @Test
  void adminsTakeSeatsEverywhere() {
    assertEquals(ALLOWED, StaffSeatPolicy.decide(new StaffMember("admin", Set.of("admin"), Set.of(), null), "immigration"));
  }

  @Test
  void aDealerAccountIsAlwaysAskedAboutItsDealerAndAnAccountWithoutRoleTakesNothing() {
    StaffMember dealer = new StaffMember("autohaus-nord", Set.of("dealer"), Set.of("vehicle"), "autohaus-nord");
    assertEquals(ASK_DEALER_DEPARTMENT, StaffSeatPolicy.decide(dealer, "vehicle"), "its unit does not make it a clerk");
    assertEquals(ASK_DEALER_DEPARTMENT, StaffSeatPolicy.decide(dealer, "immigration"));
    assertEquals(REFUSED, StaffSeatPolicy.decide(new StaffMember("x", Set.of("dealer"), Set.of("vehicle"), null), "vehicle"),
        "a dealer account without a dealer");
    assertEquals(REFUSED, StaffSeatPolicy.decide(new StaffMember("y", Set.of(), Set.of("vehicle"), null), "vehicle"));
  }
}
