package org.amtsplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.amtsplan.platform.CityClock;
import org.junit.jupiter.api.Test;

/**
 * What "today" and "now" are, and in which zone, is decided in one place: {@link CityClock}. A
 * class that reads the system clock or names a zone itself would not follow {@code
 * amtsplan.clock.fixed} (tests and demonstrations playing a given day) nor {@code
 * amtsplan.city.zone}.
 */
class OneClockAndZoneTest {

    private static final JavaClasses PRODUCTION =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.amtsplan");

    @Test
    void onlyTheCityClockNamesAZone() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(CityClock.class.getName())
                .and()
                .doNotHaveFullyQualifiedName(CityClock.class.getName() + "$Configured")
                .should()
                .callMethod(ZoneId.class, "of", String.class)
                .orShould()
                .callMethod(ZoneId.class, "systemDefault")
                .because(
                        "the city's zone is amtsplan.city.zone, injected as ZoneId or read through CityClock.zone()")
                .check(PRODUCTION);
    }

    @Test
    void onlyTheCityClockReadsTheSystemClock() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(CityClock.class.getName())
                .should()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "system", ZoneId.class)
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .because(
                        "the injected Clock follows amtsplan.clock.fixed; now(clock) is the form to use")
                .check(PRODUCTION);
    }
}
