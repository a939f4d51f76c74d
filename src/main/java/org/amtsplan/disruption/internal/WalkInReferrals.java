package org.amtsplan.disruption.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.amtsplan.scheduling.api.OfficeCancellations.TicketReferral;
import org.amtsplan.scheduling.api.OfficeCancellations.WaitingTicket;
import org.amtsplan.scheduling.api.TicketKind;
import org.amtsplan.scheduling.api.UnitAtLocation;

/**
 * What happens to the people in the waiting room when a disruption is declared: a walk-in is
 * referred to the unit's first open day after the window (staff hand the referrals out); someone
 * checked in for an appointment the disruption cancelled waits no longer (they get a replacement
 * proposal instead). Everyone else keeps waiting.
 */
final class WalkInReferrals {

    /**
     * How far after the window a referral looks for an open day; without one it names the next day.
     */
    static final int DAYS_TO_LOOK_AHEAD = 28;

    /** The referrals to issue and the tickets to end. */
    record WaitingRoom(List<TicketReferral> referrals, List<Long> ended) {}

    private WalkInReferrals() {}

    /**
     * @param waiting the tickets waiting on the window's days, by arrival
     * @param cancelled codes of the appointments the disruption cancelled
     * @param lastDay the window's last day
     * @param openDays the days a unit is open at a location, from the day after the window for
     *     {@value #DAYS_TO_LOOK_AHEAD} days
     */
    static WaitingRoom decide(
            List<WaitingTicket> waiting,
            Set<String> cancelled,
            LocalDate lastDay,
            Function<UnitAtLocation, List<LocalDate>> openDays) {
        Map<UnitAtLocation, LocalDate> referralDay = new HashMap<>();
        List<TicketReferral> referrals = new ArrayList<>();
        List<Long> ended = new ArrayList<>();
        for (WaitingTicket ticket : waiting) {
            if (ticket.kind() == TicketKind.WALK_IN) {
                LocalDate day =
                        referralDay.computeIfAbsent(
                                new UnitAtLocation(ticket.unit(), ticket.location()),
                                place -> dayAfter(lastDay, openDays.apply(place)));
                referrals.add(new TicketReferral(ticket.id(), day));
            } else if (ticket.kind() == TicketKind.APPOINTMENT
                    && cancelled.contains(ticket.appointmentCode())) {
                ended.add(ticket.id());
            }
        }
        return new WaitingRoom(referrals, ended);
    }

    /**
     * The first open day after {@code lastDay}; the next day when none is open within the
     * look-ahead.
     */
    static LocalDate dayAfter(LocalDate lastDay, List<LocalDate> openDays) {
        return openDays.stream()
                .filter(day -> day.isAfter(lastDay))
                .min(LocalDate::compareTo)
                .orElse(lastDay.plusDays(1));
    }
}
