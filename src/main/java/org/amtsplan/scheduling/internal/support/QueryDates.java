package org.amtsplan.scheduling.internal.support;

import java.time.LocalDate;
import org.amtsplan.platform.CityDates;

/** Dates in query parameters: required, ISO format, a 422 naming the parameter otherwise. */
public final class QueryDates {

    private QueryDates() {}

    public static LocalDate required(String field, String value) {
        return CityDates.date(field, value);
    }
}
