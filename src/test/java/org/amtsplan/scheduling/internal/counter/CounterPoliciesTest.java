package org.amtsplan.scheduling.internal.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.Messages;
import org.amtsplan.scheduling.api.CaseOutcome;
import org.amtsplan.scheduling.internal.calendar.CounterDuty;
import org.amtsplan.scheduling.spi.Decision;
import org.junit.jupiter.api.Test;

class CounterPoliciesTest {

    static final CounterDuty ONE_COUNTER_NOW = new CounterDuty(1, 4);

    @Test
    void aCounterIsOneOfThoseTheRunningSessionStaffs() {
        assertEquals(Decision.ALLOWED, CounterOnDutyPolicy.evaluate("1", ONE_COUNTER_NOW));
        Decision.Rejected three =
                assertInstanceOf(
                        Decision.Rejected.class,
                        CounterOnDutyPolicy.evaluate("3", ONE_COUNTER_NOW));
        assertEquals("counter", three.field());
        assertEquals(
                "gibt es in der laufenden Sprechzeit nicht; besetzt ist nur Schalter 1",
                Messages.text(three.reason(), Languages.GERMAN));
        assertEquals(
                "does not exist in the running session; staffed are counters 1 to 4",
                Messages.text(
                        ((Decision.Rejected)
                                        CounterOnDutyPolicy.evaluate("5", new CounterDuty(4, 4)))
                                .reason(),
                        Languages.ENGLISH));
        for (String odd : List.of("0", "-1", "c1", "1.5", "", " ")) {
            assertInstanceOf(
                    Decision.Rejected.class,
                    CounterOnDutyPolicy.evaluate(odd, ONE_COUNTER_NOW),
                    "counter '" + odd + "'");
        }
    }

    @Test
    void outsideTheSessionsTheDaysMostCountersCountAndOnAClosedDayNone() {
        CounterDuty afterClosing = new CounterDuty(0, 3);
        assertEquals(Decision.ALLOWED, CounterOnDutyPolicy.evaluate("3", afterClosing));
        assertInstanceOf(Decision.Rejected.class, CounterOnDutyPolicy.evaluate("4", afterClosing));
        Decision.Rejected closed =
                assertInstanceOf(
                        Decision.Rejected.class,
                        CounterOnDutyPolicy.evaluate("1", CounterDuty.CLOSED));
        assertEquals("scheduling.counter.noneToday", closed.reason().key(), "a reason of its own");
    }

    @Test
    void aWalkInIsTakenOnlyOnADayTheUnitWorksAtTheLocation() {
        assertEquals(Decision.ALLOWED, WalkInOnOpenDayPolicy.evaluate(new CounterDuty(0, 2)));
        Decision.Rejected closed =
                assertInstanceOf(
                        Decision.Rejected.class,
                        WalkInOnOpenDayPolicy.evaluate(CounterDuty.CLOSED));
        assertEquals("scheduling.walkIn.closedToday", closed.reason().key());
    }

    @Test
    void anOutcomeIsACodeOfTheUnitsList() {
        List<CaseOutcome> list =
                List.of(
                        new CaseOutcome("erledigt", "erledigt", "done"),
                        new CaseOutcome("weitergeleitet", "weitergeleitet", "passed on"));
        assertEquals(Decision.ALLOWED, OutcomeOfTheUnitPolicy.evaluate("weitergeleitet", list));
        for (String outcome : new String[] {null, "", "  ", "Erledigt", "done", "irgendwas"}) {
            Decision.Rejected rejected =
                    assertInstanceOf(
                            Decision.Rejected.class,
                            OutcomeOfTheUnitPolicy.evaluate(outcome, list),
                            "outcome '" + outcome + "'");
            assertEquals("outcome", rejected.field());
        }
    }

    @Test
    void didNotComeCanBeTakenBackOnlyWithinTheWindow() {
        Instant missed = Instant.parse("2030-06-04T08:00:00Z");
        assertEquals(
                Decision.ALLOWED,
                UndoMissedWindowPolicy.evaluate(missed, missed.plusSeconds(4 * 60 + 59), 5));
        assertInstanceOf(
                Decision.Rejected.class,
                UndoMissedWindowPolicy.evaluate(missed, missed.plusSeconds(5 * 60), 5));
        assertInstanceOf(
                Decision.Rejected.class, UndoMissedWindowPolicy.evaluate(missed, missed, 0));
        Decision.Rejected late =
                (Decision.Rejected)
                        UndoMissedWindowPolicy.evaluate(missed, missed.plusSeconds(3600), 5);
        assertEquals(
                "„Nicht erschienen“ lässt sich nur 5 Minuten lang rückgängig machen; die Person bitte neu anmelden.",
                Messages.text(late.reason(), Languages.GERMAN));
    }
}
