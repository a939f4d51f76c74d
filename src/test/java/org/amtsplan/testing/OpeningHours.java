package org.amtsplan.testing;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Opening hours as {@code PUT …/opening-hours} takes them. */
public final class OpeningHours {

    private OpeningHours() {}

    /** The same hours on every day of the week, in quarter-hour slots. */
    public static String everyDay(String from, String to, int counters) {
        return "{\"slotMinutes\":15,\"weekly\":["
                + Arrays.stream(DayOfWeek.values())
                        .map(
                                day ->
                                        "{\"day\":\""
                                                + day
                                                + "\",\"from\":\""
                                                + from
                                                + "\",\"to\":\""
                                                + to
                                                + "\",\"counters\":"
                                                + counters
                                                + "}")
                        .collect(Collectors.joining(","))
                + "]}";
    }
}
