package org.amtsplan.scheduling.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.amtsplan.platform.Languages;
import org.amtsplan.platform.Messages;
import org.amtsplan.scheduling.api.UnitRules;
import org.junit.jupiter.api.Test;

class KernelRuleKeysTest {

    @Test
    void everyRuleIsDescribedInGermanAndInEnglish() {
        for (KernelRuleKeys.RuleKey key : KernelRuleKeys.KEYS) {
            String key0 = key.description().key();
            assertTrue(Messages.find(key0, Languages.GERMAN).isPresent(), key0);
            assertTrue(Messages.find(key0, Languages.ENGLISH).isPresent(), key0);
        }
    }

    @Test
    void theDescriptionIsInTheCallersLanguage() {
        KernelRuleKeys.RuleKey horizon =
                KernelRuleKeys.KEYS.stream()
                        .filter(k -> k.name().equals(UnitRules.BOOKING_HORIZON_DAYS))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "Tage im Voraus buchbar", Messages.text(horizon.description(), Languages.GERMAN));
        assertEquals(
                "days bookable ahead", Messages.text(horizon.description(), Languages.ENGLISH));
    }
}
