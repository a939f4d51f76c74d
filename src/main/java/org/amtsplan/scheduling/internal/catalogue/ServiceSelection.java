package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.internal.support.InputErrors;

/**
 * Reads what a citizen asked for — one or several services of one unit at a location — and notes
 * every problem with it, for booking and availability alike.
 */
@ApplicationScoped
public class ServiceSelection {

    @Inject CatalogueCache catalogue;

    /**
     * The services named (blank and repeated codes ignored), in order; problems go to {@code
     * errors}.
     */
    public List<Service> services(InputErrors errors, Collection<String> requested) {
        Set<String> codes = new LinkedHashSet<>();
        if (requested != null) {
            requested.stream().filter(c -> c != null && !c.isBlank()).forEach(codes::add);
        }
        if (codes.isEmpty()) {
            errors.add("service", "platform.validation.required");
        }
        List<Service> services = new ArrayList<>();
        for (String code : codes) {
            Optional<Service> found = catalogue.service(code);
            if (found.isEmpty()) {
                errors.add("service", "scheduling.service.unknown", code);
            } else {
                services.add(found.get());
            }
        }
        if (services.stream().map(Service::unit).distinct().count() > 1) {
            errors.add("service", "scheduling.servicesOfOneUnit");
        }
        return services;
    }

    /** Notes a missing or unknown location in {@code errors}. */
    public void location(InputErrors errors, String locationId) {
        if (locationId == null || locationId.isBlank()) {
            errors.add("location", "platform.validation.required");
        } else if (catalogue.location(locationId).isEmpty()) {
            errors.add("location", "scheduling.location.unknown", locationId);
        }
    }
}
