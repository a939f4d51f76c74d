package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.amtsplan.scheduling.api.DisruptionScope;
import org.amtsplan.scheduling.spi.DisruptedWork;

/**
 * Dealers' items due on a day the vehicle registration is disrupted: none is dropped; each gets the
 * next working day after the disruption as its new due date (the dealer portal shows it).
 */
@ApplicationScoped
public class DealerItemsInDisruption implements DisruptedWork {

    @Inject DealerRepository dealers;

    @Override
    public long affected(DisruptionScope scope) {
        return hit(scope).size();
    }

    @Override
    public long disrupted(String disruptionId, DisruptionScope scope) {
        List<BatchItem> items = hit(scope);
        LocalDate newDue = WorkingDays.next(scope.to().minusNanos(1).toLocalDate());
        items.forEach(item -> item.postpone(newDue));
        return items.size();
    }

    /**
     * Open items due on a day the window touches; the dealer counter serves them at any location.
     */
    private List<BatchItem> hit(DisruptionScope scope) {
        if (!scope.units().contains(VehicleRegistrationUnits.UNIT)) {
            return List.of();
        }
        return dealers.openItemsDueBetween(
                scope.from().toLocalDate(), scope.to().minusNanos(1).toLocalDate());
    }
}
