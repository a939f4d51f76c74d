package org.amtsplan.disruption.internal.offline;

import java.time.Instant;
import java.util.Optional;
import org.amtsplan.disruption.internal.offline.OfflineAction.IssuingTicket;
import org.amtsplan.disruption.internal.offline.OfflineDevices.Device;
import org.amtsplan.platform.ProblemException;

/**
 * A revoked device (lost, stolen, retired) issues no more tickets from the moment it was revoked;
 * what it did before still counts, and steps on existing tickets are still taken.
 */
final class RevokedDevicePolicy {

    private RevokedDevicePolicy() {}

    static Optional<ProblemException> evaluate(OfflineAction action, Device device, Instant at) {
        if (action instanceof IssuingTicket && device.revokedBefore(at)) {
            return Optional.of(
                    ProblemException.of(
                            422,
                            "urn:amtsplan:problem:device-revoked",
                            "disruption.offline.deviceRevoked"));
        }
        return Optional.empty();
    }
}
