package org.amtsplan.scheduling.spi;

import java.time.LocalDate;
import org.amtsplan.scheduling.api.UnitRules;

/** A citizen without an appointment asks to be served today. */
public record WalkInRequest(
        String unitId,
        String locationId,
        String service,
        String name,
        String phone,
        LocalDate day,
        UnitRules rules) {}
