package org.amtsplan.disruption.internal.offline;

import java.util.Optional;
import org.amtsplan.platform.FieldError;

/** A walk-in recorded on a device is for a service of the device's unit, not of another unit. */
final class ServiceOfTheDevicePolicy {

    static final String FIELD = "service";

    private ServiceOfTheDevicePolicy() {}

    /**
     * @param unitOfService the unit offering the named service; empty when there is no such service
     */
    static Optional<FieldError> evaluate(
            String service, Optional<String> unitOfService, String deviceUnit) {
        if (service == null || service.isBlank() || unitOfService.equals(Optional.of(deviceUnit))) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(FIELD, "disruption.offline.serviceOfAnotherUnit"));
    }
}
