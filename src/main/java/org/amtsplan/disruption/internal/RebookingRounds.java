package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.ReplacementSeats;
import org.amtsplan.scheduling.api.UnitAtLocation;

/**
 * One rebooking round in its own transaction: the reserved capacity of the round's places is read
 * and locked once, {@link ReplacementPlacement} decides in memory, and the seats are held in one
 * kernel call. Nobody else can take those seats until the round commits.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class RebookingRounds {

    @Inject ReplacementSeats seats;
    @Inject Clock clock;

    public DisruptionService.RebookResult run(
            String disruptionId,
            List<AffectedAppointment> inOrder,
            ReplacementPlacement.ChosenSessions sessions) {
        LocalDateTime now = LocalDateTime.now(clock);
        Set<UnitAtLocation> places =
                inOrder.stream()
                        .map(a -> new UnitAtLocation(a.unit(), a.location()))
                        .collect(Collectors.toSet());
        ReplacementPlacement.Placed placed =
                ReplacementPlacement.place(
                        inOrder,
                        seats.lockReservedDays(disruptionId, places, now.toLocalDate()),
                        sessions,
                        now);
        int proposed =
                placed.proposals().isEmpty() ? 0 : seats.propose(disruptionId, placed.proposals());
        return new DisruptionService.RebookResult(proposed, placed.unplaced());
    }
}
