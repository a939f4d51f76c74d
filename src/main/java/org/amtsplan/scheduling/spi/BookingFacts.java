package org.amtsplan.scheduling.spi;

import java.time.LocalDateTime;
import java.util.List;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.UnitRules;

/**
 * What a booking policy may look at: the requested services and start (local time of the city), the
 * current time, the unit's rules, whether staff books, and how many open appointments the contact
 * already has in the unit.
 */
public record BookingFacts(
        String unitId,
        String locationId,
        List<Service> services,
        LocalDateTime start,
        LocalDateTime now,
        UnitRules rules,
        boolean byStaff,
        long openAppointmentsOfContact) {}
