package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.amtsplan.scheduling.api.Location;
import org.amtsplan.scheduling.api.Service;

/**
 * Services and locations as booking and its access check find them. Amtsplan only ever adds
 * services and locations, it never changes or removes one, so one that was found may be kept; one
 * that was not found is asked for again every time, so what another instance has just added is
 * bookable here at once. Entries still expire after a minute, for an operator who edits the tables
 * by hand. Saves three queries per booking (the access check's, the service's and the location's).
 */
@ApplicationScoped
public class CatalogueCache {

    private static final long KEEP_NANOS = 60_000_000_000L;
    private static final int MAX_ENTRIES = 5_000;

    private record Kept<T>(T value, long until) {}

    @Inject OfferedServiceRepository services;
    @Inject ServiceLocationRepository locations;

    private final Map<String, Kept<Service>> serviceByCode = new ConcurrentHashMap<>();
    private final Map<String, Kept<Location>> locationById = new ConcurrentHashMap<>();

    public Optional<Service> service(String code) {
        return code == null
                ? Optional.empty()
                : found(serviceByCode, code, c -> services.find(c).map(OfferedService::view));
    }

    public Optional<Location> location(String id) {
        return id == null
                ? Optional.empty()
                : found(locationById, id, i -> locations.find(i).map(ServiceLocation::view));
    }

    private static <T> Optional<T> found(
            Map<String, Kept<T>> kept, String key, Function<String, Optional<T>> read) {
        long now = System.nanoTime();
        Kept<T> entry = kept.get(key);
        if (entry != null && now - entry.until() < 0) {
            return Optional.of(entry.value());
        }
        Optional<T> value = read.apply(key);
        if (value.isPresent()) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(key, new Kept<>(value.get(), now + KEEP_NANOS));
        }
        return value;
    }
}
