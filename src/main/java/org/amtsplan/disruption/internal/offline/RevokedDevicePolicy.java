package org.amtsplan.disruption.internal.offline;

import java.time.Instant;
import java.util.Optional;
import org.amtsplan.disruption.internal.offline.OfflineAction.IssuingTicket;
import org.amtsplan.disruption.internal.offline.OfflineDevices.Device;
import org.amtsplan.platform.ProblemException;

/**
 * A revoked device (lost, stolen, retired) issues no more tickets from the moment it was revoked,
 * judged by when the server receives the action: its {@code at} is the device's to choose, so a
 * backdated ticket would pass otherwise. Steps on existing tickets are still taken.
 */
final class RevokedDevicePolicy {

    private RevokedDevicePolicy() {}

    static Optional<ProblemException> evaluate(
            OfflineAction action, Device device, Instant receivedAt) {
        if (action instanceof IssuingTicket && device.revokedBefore(receivedAt)) {
            return Optional.of(
                    ProblemException.of(
                            422,
                            "urn:amtsplan:problem:device-revoked",
                            "disruption.offline.deviceRevoked"));
        }
        return Optional.empty();
    }
}
