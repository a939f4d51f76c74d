package org.amtsplan.scheduling.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.amtsplan.scheduling.api.TicketKind;
import org.junit.jupiter.api.Test;

class DefaultQueuePolicyTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDateTime NOW_LOCAL = LocalDateTime.of(2027, 1, 26, 10, 0);
    static final Instant NOW = NOW_LOCAL.atZone(BERLIN).toInstant();
    static final QueueContext CONTEXT = new QueueContext(NOW, NOW_LOCAL, 10, 15, 60);

    final DefaultQueuePolicy policy = new DefaultQueuePolicy();

    static WaitingTicket walkIn(long id, int minutesAgo, boolean urgent) {
        return new WaitingTicket(
                id,
                "S" + id,
                TicketKind.WALK_IN,
                "x",
                NOW.minusSeconds(60L * minutesAgo),
                null,
                urgent);
    }

    static WaitingTicket appointment(long id, int minutesAgo, LocalDateTime start) {
        return new WaitingTicket(
                id,
                "S" + id,
                TicketKind.APPOINTMENT,
                "x",
                NOW.minusSeconds(60L * minutesAgo),
                start,
                false);
    }

    static List<Long> ids(List<WaitingTicket> tickets) {
        return tickets.stream().map(WaitingTicket::id).toList();
    }

    @Test
    void appointmentsDueNowGoBeforeWalkInsWhoCameEarlier() {
        List<WaitingTicket> waiting =
                List.of(
                        walkIn(1, 30, false),
                        appointment(2, 5, NOW_LOCAL.plusMinutes(5)),
                        walkIn(3, 20, false));
        assertEquals(List.of(2L, 1L, 3L), ids(policy.order(waiting, CONTEXT)));
    }

    @Test
    void dueAppointmentsAreCalledInTheOrderOfTheirTimes() {
        List<WaitingTicket> waiting =
                List.of(
                        appointment(1, 2, NOW_LOCAL.plusMinutes(10)),
                        appointment(2, 20, NOW_LOCAL.minusMinutes(15)));
        assertEquals(List.of(2L, 1L), ids(policy.order(waiting, CONTEXT)));
    }

    @Test
    void anAppointmentFarAheadWaitsLikeAWalkIn() {
        List<WaitingTicket> waiting =
                List.of(appointment(1, 40, NOW_LOCAL.plusMinutes(45)), walkIn(2, 30, false));
        assertEquals(
                List.of(1L, 2L),
                ids(policy.order(waiting, CONTEXT)),
                "by arrival: the early one came first");
        List<WaitingTicket> later =
                List.of(appointment(1, 10, NOW_LOCAL.plusMinutes(45)), walkIn(2, 30, false));
        assertEquals(List.of(2L, 1L), ids(policy.order(later, CONTEXT)));
    }

    @Test
    void urgentWalkInsGoBeforeOtherWalkIns() {
        List<WaitingTicket> waiting =
                List.of(walkIn(1, 30, false), walkIn(2, 5, true), walkIn(3, 40, false));
        assertEquals(List.of(2L, 3L, 1L), ids(policy.order(waiting, CONTEXT)));
    }

    @Test
    void whoeverWaitedBeyondTheLimitIsPromotedAboveEverything() {
        List<WaitingTicket> waiting =
                List.of(
                        appointment(1, 5, NOW_LOCAL),
                        walkIn(2, 5, true),
                        walkIn(3, 61, false),
                        walkIn(4, 75, false));
        assertEquals(List.of(4L, 3L, 1L, 2L), ids(policy.order(waiting, CONTEXT)));
    }

    @Test
    void everyTicketComesBackExactlyOnce() {
        List<WaitingTicket> waiting =
                List.of(walkIn(1, 1, false), walkIn(2, 1, false), appointment(3, 1, NOW_LOCAL));
        assertEquals(3, policy.order(waiting, CONTEXT).size());
    }
}
