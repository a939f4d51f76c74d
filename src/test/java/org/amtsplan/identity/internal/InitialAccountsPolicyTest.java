package org.amtsplan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.identity.internal.InitialAccountsPolicy.PlannedAccount;
import org.junit.jupiter.api.Test;

class InitialAccountsPolicyTest {

    @Test
    void productionStartWithoutAdminPasswordCreatesNoAccountAtAll() {
        assertTrue(InitialAccountsPolicy.plan(false, Optional.empty(), Set.of()).isEmpty());
        assertTrue(InitialAccountsPolicy.plan(false, Optional.of("  "), Set.of()).isEmpty());
    }

    @Test
    void productionStartCreatesTheFirstAdminWithTheOperatorsPassword() {
        List<PlannedAccount> planned =
                InitialAccountsPolicy.plan(false, Optional.of("correct horse battery"), Set.of());
        assertEquals(1, planned.size());
        PlannedAccount admin = planned.get(0);
        assertEquals("admin", admin.username());
        assertEquals("correct horse battery", admin.password());
        assertEquals(Set.of("admin"), admin.roles());
    }

    @Test
    void anExistingAdminIsNeverReplaced() {
        assertTrue(
                InitialAccountsPolicy.plan(
                                false, Optional.of("correct horse battery"), Set.of("admin"))
                        .isEmpty());
    }

    @Test
    void demoModeCreatesAdminAndHeadsAndClerksForEveryDepartmentWithPasswordDemo() {
        List<PlannedAccount> planned = InitialAccountsPolicy.plan(true, Optional.empty(), Set.of());
        assertTrue(planned.stream().allMatch(a -> a.password().equals("demo")));
        PlannedAccount admin =
                planned.stream()
                        .filter(a -> a.username().equals("admin"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                Set.of("vehicle", "immigration", "civil-registry", "citizenship"), admin.units());
        for (String unit : List.of("vehicle", "immigration", "civil-registry", "citizenship")) {
            assertTrue(
                    planned.stream()
                            .anyMatch(a -> a.roles().contains("clerk") && a.units().contains(unit)),
                    unit);
            assertTrue(
                    planned.stream()
                            .anyMatch(a -> a.roles().contains("head") && a.units().contains(unit)),
                    unit);
        }
    }

    @Test
    void demoModeSkipsAccountsThatExist() {
        List<PlannedAccount> planned =
                InitialAccountsPolicy.plan(true, Optional.empty(), Set.of("admin", "kfz-schalter"));
        assertTrue(
                planned.stream()
                        .noneMatch(
                                a ->
                                        a.username().equals("admin")
                                                || a.username().equals("kfz-schalter")));
        assertTrue(planned.stream().anyMatch(a -> a.username().equals("kfz-leitung")));
    }

    @Test
    void aShortAdminPasswordIsRefusedWithAReason() {
        assertTrue(InitialAccountsPolicy.weakness("short").orElseThrow().contains("12"));
        assertTrue(InitialAccountsPolicy.weakness("long enough secret").isEmpty());
    }
}
