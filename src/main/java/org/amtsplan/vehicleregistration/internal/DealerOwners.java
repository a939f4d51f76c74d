package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.amtsplan.identity.OwnerResolver;

/**
 * For the access filter: a dealer and its batches belong to the vehicle registration and to that
 * dealer, so vehicle staff and the dealer's own account reach them, no other dealer.
 */
@ApplicationScoped
public class DealerOwners implements OwnerResolver {

    @Inject DealerRepository dealers;

    @Override
    public String kind() {
        return "dealer";
    }

    @Override
    public Optional<Owner> ownerOf(String id) {
        if (id == null || id.length() > 40) {
            return Optional.empty();
        }
        return dealers.dealer(id)
                .map(dealer -> new Owner(java.util.Set.of(VehicleRegistrationUnits.UNIT), id));
    }
}
