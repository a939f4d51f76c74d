package org.amtsplan.scheduling.internal.counter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.amtsplan.identity.OwnerResolver;

/** A waiting ticket (its numeric id) belongs to the unit it was issued in. */
@ApplicationScoped
class TicketOwners implements OwnerResolver {

    @Inject TicketRepository tickets;

    @Override
    public String kind() {
        return "ticket";
    }

    @Override
    public Optional<Owner> ownerOf(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return tickets.byId(Long.parseLong(id)).map(ticket -> Owner.unit(ticket.unitId()));
    }
}
