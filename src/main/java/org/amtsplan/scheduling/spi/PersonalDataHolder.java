package org.amtsplan.scheduling.spi;

import java.time.LocalDateTime;

/**
 * A module that keeps citizens' personal data of its own (certificate requests, referrals, sent
 * mails). The kernel's nightly retention calls every holder for every unit with that unit's limit;
 * the holder erases names and contact data of what is over and older, keeping the rows.
 */
public interface PersonalDataHolder {

    /**
     * Erases personal data belonging to {@code unitId} from before {@code before}; answers how many
     * records changed.
     */
    long eraseBefore(String unitId, LocalDateTime before);
}
