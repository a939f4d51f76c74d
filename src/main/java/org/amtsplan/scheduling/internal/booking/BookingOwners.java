package org.amtsplan.scheduling.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.identity.OwnerResolver;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.internal.catalogue.CatalogueCache;

/**
 * A booking request (the JSON body of {@code POST /api/appointments}) belongs to the unit of its
 * service(s), or of the hold it turns into a booking. Applied only to signed-in staff; a request
 * naming no known service is left to the use case (it answers 422, staff or not).
 */
@ApplicationScoped
class BookingOwners implements OwnerResolver {

    @Inject CatalogueCache catalogue;
    @Inject AppointmentRepository appointments;

    @Override
    public String kind() {
        return "booking";
    }

    @Override
    public boolean idsArePublic() {
        return true;
    }

    @Override
    public Optional<Owner> ownerOf(String body) {
        JsonObject request;
        try (var reader = JsonObjects.reader(new StringReader(body == null ? "" : body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            return Optional.of(Owner.units(Set.of()));
        }
        Set<String> units = new HashSet<>();
        if (request.get("holdCode") instanceof JsonString hold
                && BookingCodes.isWellFormed(hold.getString())) {
            appointments.byCode(hold.getString()).ifPresent(held -> units.add(held.unitId()));
        }
        if (request.get("service") instanceof JsonString service) {
            catalogue.service(service.getString()).map(Service::unit).ifPresent(units::add);
        }
        if (request.get("services") instanceof jakarta.json.JsonArray list) {
            for (JsonValue code : list) {
                if (code instanceof JsonString service) {
                    catalogue.service(service.getString()).map(Service::unit).ifPresent(units::add);
                }
            }
        }
        return Optional.of(Owner.units(units));
    }
}
