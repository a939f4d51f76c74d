package org.amtsplan.disruption.internal.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.amtsplan.identity.OwnerResolver;

/** For the access filter: an offline device belongs to the unit it was registered for. */
@ApplicationScoped
public class OfflineDeviceOwners implements OwnerResolver {

    @Inject OfflineDevices devices;

    @Override
    public String kind() {
        return "offline-device";
    }

    @Override
    public Optional<Owner> ownerOf(String id) {
        return devices.find(id).map(device -> Owner.unit(device.unit()));
    }
}
