package org.amtsplan.scheduling.internal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.amtsplan.scheduling.api.Location;

/** A citizen service centre; its id is fixed once created because URLs and bookings carry it. */
@Entity
@Table(name = "sch_location")
public class ServiceLocation {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    protected ServiceLocation() {}

    public ServiceLocation(String id, String name, String address) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.address = Objects.requireNonNull(address);
    }

    public String id() {
        return id;
    }

    public Location view() {
        return new Location(id, name, address);
    }
}
