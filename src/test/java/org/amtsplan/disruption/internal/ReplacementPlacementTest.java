package org.amtsplan.disruption.internal;

import static org.amtsplan.disruption.internal.AffectedAppointments.DAY;
import static org.amtsplan.disruption.internal.AffectedAppointments.DISRUPTION;
import static org.amtsplan.disruption.internal.AffectedAppointments.MITTE;
import static org.amtsplan.disruption.internal.AffectedAppointments.cancelled;
import static org.amtsplan.disruption.internal.AffectedAppointments.reserved;
import static org.amtsplan.disruption.internal.AffectedAppointments.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amtsplan.disruption.internal.ReplacementPlacement.ChosenSessions;
import org.amtsplan.disruption.internal.ReplacementPlacement.Placed;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.ReplacementSeats.Proposal;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedDay;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedSession;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedSlot;
import org.amtsplan.scheduling.api.UnitAtLocation;
import org.junit.jupiter.api.Test;

class ReplacementPlacementTest {

    static final LocalDateTime NOW = DAY.minusDays(1).atTime(12, 0);

    @Test
    void urgentCasesArePlacedBeforeOthersInTheEarliestReplacementSeat() {
        List<AffectedAppointment> inOrder =
                ReplacementOrder.waitingForReplacement(
                        List.of(
                                cancelled("EARLY", "2030-03-03T09:00", 15),
                                urgent("URGENT", "2030-03-03T11:00", 15)));

        Placed placed =
                ReplacementPlacement.place(
                        inOrder,
                        List.of(reserved(DAY, "16:00", "16:30", 15, 1)),
                        ChosenSessions.all(),
                        NOW);

        assertEquals(
                Map.of("URGENT", DAY.atTime(16, 0), "EARLY", DAY.atTime(16, 15)), starts(placed));
    }

    @Test
    void aSlotTakesAsManyPeopleAsItHasFreeSeats() {
        ReservedDay twoCounters =
                new ReservedDay(
                        MITTE,
                        DAY,
                        15,
                        List.of(
                                new ReservedSlot(DAY.atTime(16, 0), 2, 1),
                                new ReservedSlot(DAY.atTime(16, 15), 2, 0)));

        Placed placed =
                ReplacementPlacement.place(
                        List.of(
                                cancelled("A", "2030-03-03T09:00", 15),
                                cancelled("B", "2030-03-03T09:15", 15),
                                cancelled("C", "2030-03-03T09:30", 15)),
                        List.of(twoCounters),
                        ChosenSessions.all(),
                        NOW);

        assertEquals(
                Map.of("A", DAY.atTime(16, 0), "B", DAY.atTime(16, 15), "C", DAY.atTime(16, 15)),
                starts(placed),
                "one seat was already taken at 16:00");
    }

    @Test
    void aLongAppointmentGetsConsecutiveSlotsWithRoomInEach() {
        ReservedDay day =
                new ReservedDay(
                        MITTE,
                        DAY,
                        15,
                        List.of(
                                new ReservedSlot(DAY.atTime(16, 0), 1, 0),
                                new ReservedSlot(DAY.atTime(16, 15), 1, 1),
                                new ReservedSlot(DAY.atTime(16, 30), 1, 0),
                                new ReservedSlot(DAY.atTime(16, 45), 1, 0)));

        Placed placed =
                ReplacementPlacement.place(
                        List.of(cancelled("LONG", "2030-03-03T09:00", 30)),
                        List.of(day),
                        ChosenSessions.all(),
                        NOW);

        assertEquals(
                List.of(new Proposal("LONG", List.of(DAY.atTime(16, 30), DAY.atTime(16, 45)))),
                placed.proposals());
    }

    @Test
    void whoFindsNoFreeSeatStaysUnplacedForALaterRound() {
        Placed placed =
                ReplacementPlacement.place(
                        List.of(
                                cancelled("A", "2030-03-03T09:00", 15),
                                cancelled("B", "2030-03-03T09:15", 15)),
                        List.of(reserved(DAY, "16:00", "16:15", 15, 1)),
                        ChosenSessions.all(),
                        NOW);

        assertEquals(Map.of("A", DAY.atTime(16, 0)), starts(placed));
        assertEquals(1, placed.unplaced());
    }

    @Test
    void nobodyIsPlacedInTheCapacityOfAnotherLocationOrInThePast() {
        ReservedDay elsewhere =
                new ReservedDay(
                        new UnitAtLocation("civil-registry", "nord"),
                        DAY,
                        15,
                        List.of(new ReservedSlot(DAY.atTime(8, 0), 5, 0)));
        ReservedDay today = reserved(NOW.toLocalDate(), "08:00", "13:00", 15, 5);

        Placed placed =
                ReplacementPlacement.place(
                        List.of(cancelled("A", "2030-03-03T09:00", 15)),
                        List.of(elsewhere, today),
                        ChosenSessions.all(),
                        NOW);

        assertEquals(
                Map.of("A", NOW),
                starts(placed),
                "the first seat at its own location not before now");
    }

    @Test
    void aLengthThatIsNoWholeNumberOfSlotsFitsNowhere() {
        Placed placed =
                ReplacementPlacement.place(
                        List.of(cancelled("ODD", "2030-03-03T09:00", 20)),
                        List.of(reserved(DAY, "16:00", "18:00", 15, 3)),
                        ChosenSessions.all(),
                        NOW);

        assertEquals(0, placed.proposals().size());
        assertEquals(1, placed.unplaced());
    }

    @Test
    void chosenSessionsAreFilledAndNothingOutsideThem() {
        ReservedSession evening =
                new ReservedSession(
                        7,
                        MITTE.unit(),
                        MITTE.location(),
                        DAY,
                        LocalTime.of(18, 0),
                        LocalTime.of(18, 15),
                        DISRUPTION);
        ChosenSessions chosen = ChosenSessions.only(DISRUPTION, Set.of(7L), List.of(evening));

        Placed placed =
                ReplacementPlacement.place(
                        List.of(
                                cancelled("A", "2030-03-03T09:00", 15),
                                cancelled("B", "2030-03-03T09:15", 15)),
                        List.of(reserved(DAY, "16:00", "18:15", 15, 1)),
                        chosen,
                        NOW);

        assertEquals(Map.of("A", DAY.atTime(18, 0)), starts(placed));
        assertEquals(1, placed.unplaced());
    }

    @Test
    void aSessionNotReservedForThisDisruptionCannotBeChosen() {
        ReservedSession foreign =
                new ReservedSession(
                        8,
                        MITTE.unit(),
                        MITTE.location(),
                        DAY,
                        LocalTime.of(16, 0),
                        LocalTime.of(17, 0),
                        "D-OTHER1");

        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> ChosenSessions.only(DISRUPTION, Set.of(8L), List.of(foreign)));
        assertEquals(422, refused.status());
        assertThrows(
                ProblemException.class,
                () -> ChosenSessions.only(DISRUPTION, Set.of(9L), List.of()),
                "a session that does not exist");
    }

    private static Map<String, LocalDateTime> starts(Placed placed) {
        return placed.proposals().stream()
                .collect(Collectors.toMap(Proposal::code, p -> p.slots().get(0)));
    }
}
