package org.amtsplan.scheduling.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;

/**
 * Implemented (as a CDI bean) by the department module whose units serve dealer accounts: which
 * seats a dealer may hold or book, and what each one counts against. Without an implementation that
 * admits it, a dealer account takes no seat at all.
 */
public interface DealerSeats {

    /**
     * Empty when the dealer may take a seat for these services of the unit on that day, and the
     * seat is counted (inside the booking's transaction, so a failed booking counts nothing);
     * otherwise the refusal to answer with.
     */
    Optional<ProblemException> refusal(
            String dealerId, String unitId, List<String> serviceCodes, LocalDate day);
}
