package org.amtsplan.immigration.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.amtsplan.scheduling.api.TicketKind;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.QueueContext;
import org.amtsplan.scheduling.spi.WaitingTicket;
import org.junit.jupiter.api.Test;

class ImmigrationRulesTest {

    final ImmigrationRules rules = new ImmigrationRules();
    final UnitRules unitRules =
            new UnitRules(
                    "immigration",
                    Json.createObjectBuilder()
                            .add(
                                    "consultationDays",
                                    Json.createArrayBuilder().add("MONDAY").add("THURSDAY"))
                            .add("walkInQuotaPerDay", 30)
                            .add("urgentWithinDays", 14)
                            .build());

    @Test
    void aPermitExpiringWithinTheRuleIsUrgent() {
        LocalDate today = LocalDate.of(2027, 1, 26);
        assertTrue(rules.isUrgent("immigration", unitRules, today.plusDays(14), today));
        assertTrue(
                rules.isUrgent("immigration", unitRules, today.minusDays(3), today),
                "already expired");
        assertFalse(rules.isUrgent("immigration", unitRules, today.plusDays(15), today));
    }

    @Test
    void consultationDaysAreReadFromTheRules() {
        assertEquals(
                List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                ImmigrationRules.consultationDays(unitRules));
    }

    @Test
    void impossibleValuesAreRefused() {
        assertEquals(
                "consultationDays",
                rules.validate(
                                "immigration",
                                Json.createObjectBuilder()
                                        .add("consultationDays", "MONDAY")
                                        .build())
                        .get(0)
                        .field());
        assertEquals(
                "urgentWithinDays",
                rules.validate(
                                "immigration",
                                Json.createObjectBuilder().add("urgentWithinDays", -1).build())
                        .get(0)
                        .field());
    }

    @Test
    void urgentCasesAreCalledWithTheDueAppointmentsAheadOfOtherWalkIns() {
        LocalDateTime now = LocalDateTime.of(2027, 1, 26, 10, 0);
        Instant instant = Instant.parse("2027-01-26T09:00:00Z");
        QueueContext context = new QueueContext(instant, now, 10, 15, 60);
        WaitingTicket early =
                new WaitingTicket(
                        1,
                        "A001",
                        TicketKind.WALK_IN,
                        "x",
                        instant.minusSeconds(1800),
                        null,
                        false);
        WaitingTicket urgent =
                new WaitingTicket(
                        2, "A002", TicketKind.WALK_IN, "x", instant.minusSeconds(60), null, true);
        WaitingTicket due =
                new WaitingTicket(
                        3,
                        "A003",
                        TicketKind.APPOINTMENT,
                        "x",
                        instant.minusSeconds(120),
                        now,
                        false);
        List<Long> order =
                new UrgentFirstQueuePolicy()
                        .order(List.of(early, urgent, due), context).stream()
                                .map(WaitingTicket::id)
                                .toList();
        assertEquals(
                List.of(2L, 3L, 1L),
                order,
                "urgent (arrived 9:59) and due (10:00) by time, then the earlier walk-in");
    }
}
