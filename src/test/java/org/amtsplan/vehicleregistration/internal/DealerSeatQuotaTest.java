package org.amtsplan.vehicleregistration.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DealerSeatQuotaTest {

    private static final Set<String> DEALER_SERVICES =
            DealerSeatQuota.servicesForDealers(" kfz-haendler, kfz-sammel ,");

    @Test
    void theSettingListsTheDealerServices() {
        assertEquals(Set.of("kfz-haendler", "kfz-sammel"), DEALER_SERVICES);
    }

    @Test
    void aDealerMayTakeSeatsOnlyForTheVehicleRegistrationsDealerServices() {
        assertTrue(
                DealerSeatQuota.onlyDealerServices(
                        "vehicle", List.of("kfz-haendler"), DEALER_SERVICES));
        assertTrue(
                DealerSeatQuota.onlyDealerServices(
                        "vehicle", List.of("kfz-haendler", "kfz-sammel"), DEALER_SERVICES));
        assertFalse(
                DealerSeatQuota.onlyDealerServices(
                        "vehicle", List.of("kfz-haendler", "kfz-neuzulassung"), DEALER_SERVICES),
                "a citizen's service along with a dealer service");
        assertFalse(
                DealerSeatQuota.onlyDealerServices(
                        "immigration", List.of("aufenthalt-verlaengerung"), DEALER_SERVICES));
        assertFalse(
                DealerSeatQuota.onlyDealerServices(
                        "immigration", List.of("kfz-haendler"), DEALER_SERVICES),
                "a dealer service code in another unit");
        assertFalse(DealerSeatQuota.onlyDealerServices("vehicle", List.of(), DEALER_SERVICES));
    }
}
