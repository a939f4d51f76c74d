package org.amtsplan.scheduling.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Map<LocalDate, String> byDate(List<PublicHolidays.Holiday> holidays) {
        return holidays.stream()
                .collect(
                        Collectors.toMap(
                                PublicHolidays.Holiday::date,
                                PublicHolidays.Holiday::key,
                                (a, b) -> a,
                                java.util.TreeMap::new));
    }

    @Test
    void easterSundayOfSeveralYears() {
        assertEquals(d("2000-04-23"), PublicHolidays.easterSunday(2000));
        assertEquals(d("2019-04-21"), PublicHolidays.easterSunday(2019));
        assertEquals(d("2024-03-31"), PublicHolidays.easterSunday(2024));
        assertEquals(d("2025-04-20"), PublicHolidays.easterSunday(2025));
        assertEquals(d("2026-04-05"), PublicHolidays.easterSunday(2026));
        assertEquals(d("2027-03-28"), PublicHolidays.easterSunday(2027));
        assertEquals(d("2030-04-21"), PublicHolidays.easterSunday(2030));
        assertEquals(d("2038-04-25"), PublicHolidays.easterSunday(2038));
    }

    @Test
    void sachsenAnhalt2026HasElevenHolidaysWithEpiphanyAndReformationDay() {
        Map<LocalDate, String> st = byDate(PublicHolidays.of("ST").of(2026));
        assertEquals(
                Map.ofEntries(
                        Map.entry(d("2026-01-01"), "newYear"),
                        Map.entry(d("2026-01-06"), "epiphany"),
                        Map.entry(d("2026-04-03"), "goodFriday"),
                        Map.entry(d("2026-04-06"), "easterMonday"),
                        Map.entry(d("2026-05-01"), "labourDay"),
                        Map.entry(d("2026-05-14"), "ascension"),
                        Map.entry(d("2026-05-25"), "whitMonday"),
                        Map.entry(d("2026-10-03"), "germanUnity"),
                        Map.entry(d("2026-10-31"), "reformationDay"),
                        Map.entry(d("2026-12-25"), "christmasDay"),
                        Map.entry(d("2026-12-26"), "secondChristmasDay")),
                st);
    }

    @Test
    void sachsenAnhalt2027MovesTheEasterHolidaysWithEaster() {
        Map<LocalDate, String> st = byDate(PublicHolidays.of("ST").of(2027));
        assertEquals(11, st.size());
        assertEquals("goodFriday", st.get(d("2027-03-26")));
        assertEquals("easterMonday", st.get(d("2027-03-29")));
        assertEquals("ascension", st.get(d("2027-05-06")));
        assertEquals("whitMonday", st.get(d("2027-05-17")));
        assertFalse(st.containsKey(d("2027-05-27")), "no Corpus Christi in Sachsen-Anhalt");
        assertFalse(st.containsKey(d("2027-11-01")), "no All Saints' Day in Sachsen-Anhalt");
    }

    @Test
    void otherStatesHaveTheirOwn() {
        PublicHolidays bavaria = PublicHolidays.of("BY");
        assertEquals("corpusChristi", bavaria.on(d("2026-06-04")).orElseThrow().key());
        assertEquals("allSaints", bavaria.on(d("2026-11-01")).orElseThrow().key());
        assertTrue(bavaria.on(d("2026-10-31")).isEmpty(), "no Reformation Day in Bavaria");
        // Buß- und Bettag only in Saxony, the Wednesday before 23 November
        assertEquals(
                "repentanceDay", PublicHolidays.of("SN").on(d("2026-11-18")).orElseThrow().key());
        assertEquals(
                "repentanceDay", PublicHolidays.of("SN").on(d("2027-11-17")).orElseThrow().key());
        assertTrue(PublicHolidays.of("ST").on(d("2026-11-18")).isEmpty());
        assertEquals("womensDay", PublicHolidays.of("BE").on(d("2026-03-08")).orElseThrow().key());
        assertEquals(
                "childrensDay", PublicHolidays.of("TH").on(d("2026-09-20")).orElseThrow().key());
        assertEquals(
                "easterSunday", PublicHolidays.of("BB").on(d("2026-04-05")).orElseThrow().key());
        assertEquals(
                "reformationDay", PublicHolidays.of("NI").on(d("2026-10-31")).orElseThrow().key());
        assertTrue(
                PublicHolidays.of("NI").on(d("2016-10-31")).isEmpty(), "Lower Saxony since 2018");
        assertEquals("assumption", PublicHolidays.of("SL").on(d("2026-08-15")).orElseThrow().key());
    }

    @Test
    void aRangeAcrossTheTurnOfTheYear() {
        assertEquals(
                List.of(
                        new PublicHolidays.Holiday(d("2026-12-25"), "christmasDay"),
                        new PublicHolidays.Holiday(d("2026-12-26"), "secondChristmasDay"),
                        new PublicHolidays.Holiday(d("2027-01-01"), "newYear"),
                        new PublicHolidays.Holiday(d("2027-01-06"), "epiphany")),
                PublicHolidays.of("ST").between(d("2026-12-20"), d("2027-01-10")));
    }

    @Test
    void anUnknownStateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PublicHolidays.of("XX"));
        assertThrows(IllegalArgumentException.class, () -> PublicHolidays.of("st"));
    }
}
