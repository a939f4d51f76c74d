package org.amtsplan.disruption.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amtsplan.scheduling.api.OfficeCancellations.TicketReferral;
import org.amtsplan.scheduling.api.OfficeCancellations.WaitingTicket;
import org.amtsplan.scheduling.api.TicketKind;
import org.amtsplan.scheduling.api.UnitAtLocation;
import org.junit.jupiter.api.Test;

class WalkInReferralsTest {

    static final LocalDate LAST_DAY = LocalDate.of(2030, 3, 4);

    @Test
    void walkInsAreReferredToTheFirstOpenDayAfterTheWindow() {
        List<WaitingTicket> waiting = List.of(walkIn(1, "mitte"), walkIn(2, "nord"));
        Map<String, List<LocalDate>> open =
                Map.of(
                        "mitte",
                        List.of(LAST_DAY.plusDays(3), LAST_DAY.plusDays(5)),
                        "nord",
                        List.of());

        WalkInReferrals.WaitingRoom decided =
                WalkInReferrals.decide(
                        waiting, Set.of(), LAST_DAY, place -> open.get(place.location()));

        assertEquals(
                List.of(
                        new TicketReferral(1, LAST_DAY.plusDays(3)),
                        new TicketReferral(2, LAST_DAY.plusDays(1))),
                decided.referrals(),
                "Mitte opens three days later; Nord has no open day in four weeks, so the next day");
    }

    @Test
    void theOpenDaysOfAPlaceAreAskedForOnce() {
        List<UnitAtLocation> asked = new ArrayList<>();

        WalkInReferrals.decide(
                List.of(walkIn(1, "mitte"), walkIn(2, "mitte"), walkIn(3, "mitte")),
                Set.of(),
                LAST_DAY,
                place -> {
                    asked.add(place);
                    return List.of(LAST_DAY.plusDays(1));
                });

        assertEquals(1, asked.size());
    }

    @Test
    void peopleCheckedInForACancelledAppointmentStopWaitingAndOthersKeepWaiting() {
        List<WaitingTicket> waiting =
                List.of(
                        new WaitingTicket(
                                5,
                                "civil-registry",
                                "mitte",
                                "S005",
                                "Anna",
                                TicketKind.APPOINTMENT,
                                "CANCELLED1"),
                        new WaitingTicket(
                                6,
                                "civil-registry",
                                "mitte",
                                "S006",
                                "Bert",
                                TicketKind.APPOINTMENT,
                                "STILLON1"),
                        new WaitingTicket(
                                7,
                                "civil-registry",
                                "mitte",
                                "S007",
                                "Cem",
                                TicketKind.REFERRAL,
                                null));

        WalkInReferrals.WaitingRoom decided =
                WalkInReferrals.decide(waiting, Set.of("CANCELLED1"), LAST_DAY, place -> List.of());

        assertEquals(List.of(5L), decided.ended());
        assertEquals(List.of(), decided.referrals());
    }

    private static WaitingTicket walkIn(long id, String location) {
        return new WaitingTicket(
                id, "immigration", location, "A00" + id, "Walter " + id, TicketKind.WALK_IN, null);
    }
}
