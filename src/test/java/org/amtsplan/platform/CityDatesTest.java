package org.amtsplan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CityDatesTest {

    @Test
    void datesOutsideTheYears1900To2200Are422NamingTheField() {
        for (String date :
                new String[] {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01"}) {
            ProblemException problem =
                    assertThrows(ProblemException.class, () -> CityDates.date("eventDate", date));
            assertEquals(422, problem.status());
            assertEquals("eventDate", problem.errors().get(0).field());
        }
        assertEquals(LocalDate.of(1900, 1, 1), CityDates.date("date", "1900-01-01"));
        assertEquals(LocalDate.of(2200, 12, 31), CityDates.date("date", "2200-12-31"));
    }

    @Test
    void dateTimesWithOffsetAreCityTimeAndOutOfRangeIsRefused() {
        assertEquals(
                LocalDateTime.of(2026, 1, 27, 13, 15),
                CityDates.dateTime("start", "2026-01-27T12:15:00Z"));
        assertEquals(
                LocalDateTime.of(2026, 1, 27, 13, 15),
                CityDates.dateTime("start", "2026-01-27T13:15"));
        assertNull(CityDates.dateTimeOrNull("+999999999-12-31T23:59:59"));
        assertEquals(
                "start",
                assertThrows(ProblemException.class, () -> CityDates.dateTime("start", "morgen"))
                        .errors()
                        .get(0)
                        .field());
    }
}
