package org.amtsplan.disruption.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedDay;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedSlot;
import org.amtsplan.scheduling.api.UnitAtLocation;

/**
 * Affected appointments and reserved days as the kernel hands them to the disruption's policies.
 */
final class AffectedAppointments {

    static final String DISRUPTION = "D-TEST01";
    static final UnitAtLocation MITTE = new UnitAtLocation("civil-registry", "mitte");
    static final LocalDate DAY = LocalDate.of(2030, 3, 4);

    private AffectedAppointments() {}

    static AffectedAppointment cancelled(String code, String start, int minutes) {
        return appointment(
                code, start, minutes, AppointmentStatus.CANCELLED_BY_OFFICE, false, null);
    }

    static AffectedAppointment urgent(String code, String start, int minutes) {
        return appointment(code, start, minutes, AppointmentStatus.CANCELLED_BY_OFFICE, true, null);
    }

    static AffectedAppointment appointment(
            String code,
            String start,
            int minutes,
            AppointmentStatus status,
            boolean urgent,
            String proposed) {
        LocalDateTime from = LocalDateTime.parse(start);
        return new AffectedAppointment(
                code,
                MITTE.unit(),
                MITTE.location(),
                from,
                from.plusMinutes(minutes),
                "Name " + code,
                null,
                null,
                status,
                urgent ? DAY.plusDays(10) : null,
                urgent,
                proposed == null ? null : LocalDateTime.parse(proposed),
                null,
                DISRUPTION,
                minutes,
                false,
                false);
    }

    /**
     * A reserved day at Mitte with {@code seats} free seats per slot of {@code slotMinutes} from
     * {@code from} to {@code to}.
     */
    static ReservedDay reserved(LocalDate day, String from, String to, int slotMinutes, int seats) {
        List<ReservedSlot> slots = new ArrayList<>();
        for (LocalTime t = LocalTime.parse(from);
                t.isBefore(LocalTime.parse(to));
                t = t.plusMinutes(slotMinutes)) {
            slots.add(new ReservedSlot(day.atTime(t), seats, 0));
        }
        return new ReservedDay(MITTE, day, slotMinutes, slots);
    }
}
