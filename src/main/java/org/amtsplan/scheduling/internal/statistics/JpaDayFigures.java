package org.amtsplan.scheduling.internal.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.scheduling.api.DayFigures;

/**
 * Two grouped queries, one over appointments (by the day they were for) and one over tickets (by
 * the day they were drawn). An appointment still BOOKED after its day counts as a no-show; a ticket
 * of an appointment is not counted twice, since the appointment follows its ticket. A stand-in for
 * someone the office could not serve in a disruption (a callback) is no appointment anyone booked,
 * so it counts neither as booked nor as cancelled by the office.
 */
@ApplicationScoped
class JpaDayFigures implements DayFiguresRepository {

    private static final String APPOINTMENTS =
            "select %s,"
                    + " sum(status not in ('HELD', 'RESERVED', 'EXPIRED')),"
                    + " sum(status = 'NO_SHOW' or (status = 'BOOKED' and starts_at < ?5)),"
                    + " sum(status = 'CANCELLED'),"
                    + " sum(status = 'CANCELLED_BY_OFFICE')"
                    + " from sch_appointment where unit_id = ?1 and (?2 is null or location_id = ?2)"
                    + " and starts_at >= ?3 and starts_at < ?4 and not unserved %s";

    private static final String TICKETS =
            "select %s,"
                    + " sum(status = 'DONE'),"
                    + " sum(status = 'NO_SHOW' and kind <> 'APPOINTMENT'),"
                    + " sum(kind in ('WALK_IN', 'REFERRAL')),"
                    + " avg(timestampdiff(second, arrived_at, called_at)) / 60,"
                    + " max(timestampdiff(second, arrived_at, called_at)) / 60"
                    + " from sch_ticket where unit_id = ?1 and (?2 is null or location_id = ?2)"
                    + " and day >= ?3 and day < ?4 %s";

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Map<LocalDate, DayFigures> figures(
            String unitId,
            Optional<String> locationId,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        Map<LocalDate, Counts> byDay = new HashMap<>();
        for (Object[] row :
                rows(
                        APPOINTMENTS.formatted("date(starts_at) d", "group by d"),
                        unitId,
                        locationId,
                        from,
                        to,
                        today)) {
            byDay.computeIfAbsent(day(row[0]), d -> new Counts()).appointments(row);
        }
        for (Object[] row :
                rows(
                        TICKETS.formatted("day", "group by day"),
                        unitId,
                        locationId,
                        from,
                        to,
                        null)) {
            byDay.computeIfAbsent(day(row[0]), d -> new Counts()).tickets(row);
        }
        Map<LocalDate, DayFigures> figures = new HashMap<>();
        byDay.forEach((date, counts) -> figures.put(date, counts.figures(date)));
        return figures;
    }

    @Override
    public DayFigures totals(
            String unitId,
            Optional<String> locationId,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        Counts counts = new Counts();
        counts.appointments(
                rows(APPOINTMENTS.formatted("null", ""), unitId, locationId, from, to, today)
                        .get(0));
        counts.tickets(
                rows(TICKETS.formatted("null", ""), unitId, locationId, from, to, null).get(0));
        return counts.figures(null);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(
            String sql,
            String unitId,
            Optional<String> locationId,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        Query query =
                em.createNativeQuery(sql)
                        .setParameter(1, unitId)
                        .setParameter(2, locationId.orElse(null))
                        .setParameter(3, Date.valueOf(from))
                        .setParameter(4, Date.valueOf(to.plusDays(1)));
        if (today != null) {
            query.setParameter(5, Date.valueOf(today));
        }
        return query.getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
    }

    private static int whole(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** Figures of one day or period, filled from both queries. */
    private static final class Counts {
        int booked;
        int noShows;
        int cancelled;
        int cancelledByOffice;
        int served;
        int walkIns;
        Double averageWait;
        Integer longestWait;

        void appointments(Object[] row) {
            booked = whole(row[1]);
            noShows += whole(row[2]);
            cancelled = whole(row[3]);
            cancelledByOffice = whole(row[4]);
        }

        void tickets(Object[] row) {
            served = whole(row[1]);
            noShows += whole(row[2]);
            walkIns = whole(row[3]);
            averageWait =
                    row[4] == null ? null : Math.round(((Number) row[4]).doubleValue() * 10) / 10.0;
            longestWait = row[5] == null ? null : (int) Math.round(((Number) row[5]).doubleValue());
        }

        DayFigures figures(LocalDate date) {
            return new DayFigures(
                    date,
                    booked,
                    served,
                    noShows,
                    cancelled,
                    cancelledByOffice,
                    walkIns,
                    averageWait,
                    longestWait);
        }
    }
}
