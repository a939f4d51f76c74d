package org.amtsplan.scheduling.internal.counter;

import java.util.List;
import org.amtsplan.scheduling.api.CaseOutcome;
import org.amtsplan.scheduling.spi.Decision;

/**
 * A finished case gets one of the outcomes its unit defines (unit rule {@code outcomes}), so that
 * statistics count like with like instead of every clerk's own wording.
 */
final class OutcomeOfTheUnitPolicy {

    static final String FIELD = "outcome";

    private OutcomeOfTheUnitPolicy() {}

    static Decision evaluate(String outcome, List<CaseOutcome> outcomes) {
        if (outcome == null || outcome.isBlank()) {
            return Decision.rejected(FIELD, "scheduling.outcome.required");
        }
        boolean known = outcomes.stream().anyMatch(o -> o.code().equals(outcome.strip()));
        return known ? Decision.ALLOWED : Decision.rejected(FIELD, "scheduling.outcome.unknown");
    }
}
