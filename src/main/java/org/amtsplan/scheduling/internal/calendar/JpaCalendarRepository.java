package org.amtsplan.scheduling.internal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaCalendarRepository implements CalendarRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Optional<UnitCalendar> calendar(String unitId, String locationId) {
        return Optional.ofNullable(
                em.find(UnitCalendar.class, new UnitCalendar.Key(unitId, locationId)));
    }

    @Override
    public List<Integer> slotLengths(String unitId) {
        return em.createQuery(
                        "select distinct c.slotMinutes from UnitCalendar c where c.unitId = :unit",
                        Integer.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    @Override
    public void replaceWeeklyPattern(
            String unitId, String locationId, int slotMinutes, List<OpeningPeriod> periods) {
        Optional<UnitCalendar> existing = calendar(unitId, locationId);
        if (existing.isPresent()) {
            existing.get().changeSlotMinutes(slotMinutes);
        } else {
            em.persist(new UnitCalendar(unitId, locationId, slotMinutes));
        }
        em.createQuery(
                        "delete from OpeningPeriod p where p.unitId = :unit and p.locationId = :location")
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .executeUpdate();
        periods.forEach(em::persist);
    }

    @Override
    public List<OpeningPeriod> weeklyPattern(String unitId, String locationId) {
        return em.createQuery(
                        "select p from OpeningPeriod p where p.unitId = :unit and p.locationId = :location"
                                + " order by p.dayOfWeek, p.startsAt",
                        OpeningPeriod.class)
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .getResultList();
    }

    @Override
    public boolean addClosure(Closure closure) {
        boolean taken =
                !em.createQuery(
                                "select c.id from Closure c where c.unitId = :unit and c.locationId = :location"
                                        + " and c.day = :day",
                                Long.class)
                        .setParameter("unit", closure.unitId())
                        .setParameter("location", closure.locationId())
                        .setParameter("day", closure.day())
                        .getResultList()
                        .isEmpty();
        if (taken) {
            return false;
        }
        try {
            em.persist(closure);
            em.flush();
            return true;
        } catch (PersistenceException concurrentlyClosed) {
            return false; // the unique key caught a concurrent closure of the same day
        }
    }

    @Override
    public List<Closure> closures(String unitId, String locationId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select c from Closure c where c.unitId = :unit and c.locationId = :location"
                                + " and c.day between :from and :to order by c.day",
                        Closure.class)
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public DatedSession addSession(DatedSession session) {
        em.persist(session);
        em.flush();
        return session;
    }

    @Override
    public List<DatedSession> sessions(
            String unitId, String locationId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select s from DatedSession s where s.unitId = :unit and s.locationId = :location"
                                + " and s.day between :from and :to order by s.day, s.startsAt",
                        DatedSession.class)
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<LocalDate> reservedDays(
            String disruptionId, String unitId, String locationId, LocalDate from) {
        return em.createQuery(
                        "select distinct s.day from DatedSession s where s.reservedForDisruption = :d and s.unitId = :unit"
                                + " and s.locationId = :location and s.day >= :from order by s.day",
                        LocalDate.class)
                .setParameter("d", disruptionId)
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .setParameter("from", from)
                .getResultList();
    }

    @Override
    public Optional<DatedSession> session(long id) {
        return Optional.ofNullable(em.find(DatedSession.class, id));
    }
}
