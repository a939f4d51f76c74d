package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.util.List;

/** Use case: the appointments of a day, for lists staff can work from on paper. */
public interface AppointmentLists {

    /** Every appointment of the day at a unit and location, by time (staff of that unit). */
    List<DayListEntry> dayList(String unitId, String locationId, LocalDate day);

    /** The units and locations that have appointments on a day; for the scheduled export. */
    List<UnitAtLocation> withAppointmentsOn(LocalDate day);

    /** The day list for the scheduled export, which runs without a logged-in caller. */
    List<DayListEntry> dayListForExport(String unitId, String locationId, LocalDate day);

    /**
     * Records a case handled on paper in a transaction of its own; a problem with it is a 422 and
     * stores nothing of it.
     */
    void recordPaperCase(PaperCase paperCase);
}
