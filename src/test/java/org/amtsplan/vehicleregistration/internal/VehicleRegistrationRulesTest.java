package org.amtsplan.vehicleregistration.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.Map;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.UnitRules;
import org.junit.jupiter.api.Test;

class VehicleRegistrationRulesTest {

    final VehicleRegistrationRules rules = new VehicleRegistrationRules();

    static UnitRules shares(String dealer, String walkIn) {
        return new UnitRules(
                "vehicle",
                Json.createObjectBuilder()
                        .add("dealerCounterShare", new BigDecimal(dealer))
                        .add("walkInCounterShare", new BigDecimal(walkIn))
                        .build());
    }

    @Test
    void dealerAndWalkInSharesAreKeptBackRoundedDown() {
        assertEquals(
                Map.of(SeatPool.PUBLIC, 5, SeatPool.DEALER, 2, SeatPool.WALK_IN, 1),
                rules.split("vehicle", shares("0.25", "0.125"), 8));
        assertEquals(
                Map.of(SeatPool.PUBLIC, 3),
                rules.split("vehicle", shares("0.25", "0"), 3),
                "a quarter of three is no whole counter");
    }

    @Test
    void sharesAboveOneTogetherAreRefused() {
        assertEquals(
                "dealerCounterShare",
                rules.validate("vehicle", shares("0.75", "0.5").json()).get(0).field());
        assertTrue(rules.validate("vehicle", shares("0.5", "0.5").json()).isEmpty());
        assertEquals(
                1,
                rules.validate(
                                "vehicle",
                                Json.createObjectBuilder()
                                        .add("dealerCounterShare", "viel")
                                        .build())
                        .size());
    }
}
