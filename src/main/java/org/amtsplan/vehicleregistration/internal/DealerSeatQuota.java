package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.spi.DealerSeats;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a dealer account may hold or book: only the vehicle registration's dealer services ({@code
 * amtsplan.vehicle.dealerServices}), and each seat uses one item of the dealer's daily quota for
 * that day, the same quota its batch items use. Anything else is 403, a full day 409.
 */
@ApplicationScoped
public class DealerSeatQuota implements DealerSeats {

    @Inject DealerRepository dealers;

    @Inject
    @ConfigProperty(name = "amtsplan.vehicle.dealerServices", defaultValue = "kfz-haendler")
    String dealerServices;

    @Override
    public Optional<ProblemException> refusal(
            String dealerId, String unitId, List<String> serviceCodes, LocalDate day) {
        if (!onlyDealerServices(unitId, serviceCodes, servicesForDealers(dealerServices))) {
            return Optional.of(
                    ProblemException.forbidden("vehicleregistration.dealerServicesOnly"));
        }
        Optional<Dealer> dealer = dealers.dealer(dealerId);
        if (dealer.isEmpty()) {
            return Optional.of(
                    ProblemException.forbidden("vehicleregistration.accountWithoutDealer"));
        }
        if (!dealers.takeQuota(dealerId, day, dealer.get().dailyQuota())) {
            return Optional.of(
                    ProblemException.conflict(
                            "dealer-quota-exhausted", "vehicleregistration.dailyQuotaUsedUp", day));
        }
        return Optional.empty();
    }

    /** Whether every requested service is one of the vehicle registration's dealer services. */
    static boolean onlyDealerServices(
            String unitId, List<String> serviceCodes, Set<String> dealerServices) {
        return VehicleRegistrationUnits.UNIT.equals(unitId)
                && !serviceCodes.isEmpty()
                && dealerServices.containsAll(serviceCodes);
    }

    static Set<String> servicesForDealers(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toSet());
    }
}
