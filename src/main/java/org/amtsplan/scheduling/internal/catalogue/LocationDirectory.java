package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.DefineLocation;
import org.amtsplan.scheduling.api.Location;
import org.amtsplan.scheduling.api.Locations;

@ApplicationScoped
@Transactional
@RetriedOnConflict
class LocationDirectory implements Locations {

    @Inject ServiceLocationRepository repository;

    @Override
    public Location define(DefineLocation command) {
        ServiceLocation location =
                new ServiceLocation(
                        command.id(), command.name().strip(), command.address().strip());
        if (!repository.add(location)) {
            throw ProblemException.conflict(
                    "location-exists", "scheduling.location.exists", command.id());
        }
        return location.view();
    }

    @Override
    public boolean defineIfAbsent(DefineLocation command) {
        return repository.add(
                new ServiceLocation(
                        command.id(), command.name().strip(), command.address().strip()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Location> all() {
        return repository.all().stream().map(ServiceLocation::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Location> find(String id) {
        return repository.find(id).map(ServiceLocation::view);
    }
}
