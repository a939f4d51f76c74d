package org.amtsplan.scheduling.internal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The calendar of a unit at a location: its slot length, set together with the weekly hours. */
@Entity
@Table(name = "sch_calendar")
@IdClass(UnitCalendar.Key.class)
public class UnitCalendar {

    /** JPA's view of the composite key. */
    public static class Key implements java.io.Serializable {
        public String unitId;
        public String locationId;

        public Key() {}

        public Key(String unitId, String locationId) {
            this.unitId = unitId;
            this.locationId = locationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.unitId.equals(unitId) && k.locationId.equals(locationId);
        }

        @Override
        public int hashCode() {
            return unitId.hashCode() * 31 + locationId.hashCode();
        }
    }

    @Id
    @Column(name = "unit_id")
    private String unitId;

    @Id
    @Column(name = "location_id")
    private String locationId;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    protected UnitCalendar() {}

    public UnitCalendar(String unitId, String locationId, int slotMinutes) {
        this.unitId = unitId;
        this.locationId = locationId;
        this.slotMinutes = slotMinutes;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public void changeSlotMinutes(int slotMinutes) {
        this.slotMinutes = slotMinutes;
    }
}
