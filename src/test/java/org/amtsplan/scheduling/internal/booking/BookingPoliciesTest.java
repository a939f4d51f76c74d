package org.amtsplan.scheduling.internal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.Messages;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.Decision;
import org.junit.jupiter.api.Test;

class BookingPoliciesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 20, 10, 0);
    static final UnitRules RULES =
            new UnitRules(
                    "vehicle",
                    Json.createObjectBuilder()
                            .add("bookingHorizonDays", 30)
                            .add("minLeadMinutes", 120)
                            .add("maxOpenPerContact", 2)
                            .build());
    static final Service ONLINE =
            new Service(
                    "a", "vehicle", "Neuzulassung", "New registration", 30, true, null, List.of());
    static final Service COUNTER_ONLY =
            new Service(
                    "b",
                    "vehicle",
                    "Händlerzulassung",
                    "Dealer registration",
                    15,
                    false,
                    null,
                    List.of());

    static BookingFacts facts(LocalDateTime start, boolean staff, long open, Service... services) {
        return new BookingFacts(
                "vehicle", "mitte", List.of(services), start, NOW, RULES, staff, open);
    }

    static Optional<Decision.Rejected> check(BookingFacts facts) {
        return KernelBookingPolicies.firstRejection(facts, List.of());
    }

    @Test
    void aBookingWithinAllRulesIsAllowed() {
        assertTrue(check(facts(NOW.plusDays(3), false, 1, ONLINE)).isEmpty());
    }

    @Test
    void thePublicMustBookTheLeadTimeAheadButStaffNeedNot() {
        Decision.Rejected rejected =
                check(facts(NOW.plusMinutes(90), false, 0, ONLINE)).orElseThrow();
        assertEquals("start", rejected.field());
        assertEquals(
                "Termine sind frühestens 120 Minuten im Voraus buchbar.",
                Messages.text(rejected.reason(), "de"));
        assertEquals(
                "Appointments must be booked at least 120 minutes ahead.",
                Messages.text(rejected.reason(), "en"));
        assertTrue(check(facts(NOW.plusMinutes(90), true, 0, ONLINE)).isEmpty());
    }

    @Test
    void nobodyBooksThePast() {
        assertEquals(
                "start", check(facts(NOW.minusMinutes(1), true, 0, ONLINE)).orElseThrow().field());
    }

    @Test
    void thePublicBooksNoFurtherThanTheHorizon() {
        assertTrue(check(facts(NOW.plusDays(30), false, 0, ONLINE)).isEmpty());
        assertEquals(
                "start", check(facts(NOW.plusDays(31), false, 0, ONLINE)).orElseThrow().field());
    }

    @Test
    void counterOnlyServicesAreNotBookableOnline() {
        Decision.Rejected rejected =
                check(facts(NOW.plusDays(3), false, 0, ONLINE, COUNTER_ONLY)).orElseThrow();
        assertEquals("service", rejected.field());
        assertTrue(
                Messages.text(rejected.reason(), "de").contains("Händlerzulassung"),
                rejected.reason().toString());
        assertTrue(check(facts(NOW.plusDays(3), true, 0, COUNTER_ONLY)).isEmpty());
    }

    @Test
    void aContactHoldsNoMoreThanTheLimitOfOpenAppointments() {
        assertEquals(
                "email", check(facts(NOW.plusDays(3), false, 2, ONLINE)).orElseThrow().field());
        assertTrue(check(facts(NOW.plusDays(3), true, 2, ONLINE)).isEmpty());
    }

    @Test
    void departmentPoliciesRunAfterTheKernels() {
        Optional<Decision.Rejected> rejected =
                KernelBookingPolicies.firstRejection(
                        facts(NOW.plusDays(3), false, 0, ONLINE),
                        List.of(
                                f ->
                                        Decision.rejected(
                                                "service",
                                                "immigration.walkIn.consultationDaysOnly",
                                                "[TUESDAY]")));
        assertEquals(
                "immigration.walkIn.consultationDaysOnly", rejected.orElseThrow().reason().key());
    }
}
