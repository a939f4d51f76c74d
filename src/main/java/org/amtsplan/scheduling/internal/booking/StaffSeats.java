package org.amtsplan.scheduling.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.spi.DealerSeats;

/**
 * Applies {@link StaffSeatPolicy} to a hold or booking made with staff credentials (anonymous
 * callers are limited by proof-of-work and per-address limits instead): outside the account's units
 * it is 403, and a dealer's seat must be admitted, and is counted, by the dealer's department.
 */
@ApplicationScoped
class StaffSeats {

    @Inject CurrentStaff currentStaff;
    @Inject Instance<DealerSeats> dealerSeats;

    /**
     * Throws the refusal when the signed-in account may not take this seat; runs in the booking's
     * transaction.
     */
    void check(String unitId, List<Service> services, LocalDate day) {
        Optional<StaffMember> staff = currentStaff.get();
        if (staff.isEmpty()) {
            return;
        }
        switch (StaffSeatPolicy.decide(staff.get(), currentStaff.authorisedFor(unitId))) {
            case ALLOWED -> {}
            case ASK_DEALER_DEPARTMENT -> {
                List<String> codes = services.stream().map(Service::code).toList();
                ProblemException refusal = notYours();
                for (DealerSeats department : dealerSeats) {
                    Optional<ProblemException> answer =
                            department.refusal(staff.get().dealerId(), unitId, codes, day);
                    if (answer.isEmpty()) {
                        return;
                    }
                    refusal = answer.get();
                }
                throw refusal;
            }
            case REFUSED -> throw notYours();
        }
    }

    /**
     * Whether the signed-in caller books as the office for this unit (admins, its heads and
     * clerks), which lifts the citizens' limits (horizon, lead time, online-bookable, open
     * appointments per contact). A dealer or a clerk of another unit books under the citizens'
     * rules.
     */
    boolean actsForOffice(String unitId) {
        return currentStaff
                .get()
                .map(
                        staff ->
                                StaffSeatPolicy.decide(staff, currentStaff.authorisedFor(unitId))
                                        == StaffSeatPolicy.Verdict.ALLOWED)
                .orElse(false);
    }

    private static ProblemException notYours() {
        return ProblemException.forbidden("scheduling.booking.notYourUnit");
    }
}
