package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.DefineService;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.ServiceCatalogue;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.support.InputErrors;

@ApplicationScoped
@Transactional
@RetriedOnConflict
class ServiceCatalogueService implements ServiceCatalogue {

    @Inject Units units;
    @Inject OfferedServiceRepository repository;
    @Inject SlotLengths calendars;

    @Override
    public Service define(String unitId, DefineService command) {
        units.require(unitId);
        OfferedService service = toService(unitId, command);
        if (!repository.add(service)) {
            throw ProblemException.conflict(
                    "service-exists", "scheduling.service.exists", command.code());
        }
        return service.view();
    }

    private OfferedService toService(String unitId, DefineService command) {
        units.require(unitId);
        InputErrors errors = new InputErrors();
        for (int slot : calendars.slotLengths(unitId)) {
            if (command.durationMinutes() % slot != 0) {
                errors.add("durationMinutes", "scheduling.service.durationNotMultiple", slot);
            }
        }
        List<String> documents = command.documents() == null ? List.of() : command.documents();
        for (int i = 0; i < documents.size(); i++) {
            errors.text("documents[" + i + "]", documents.get(i), 200);
        }
        List<String> documentsEn =
                command.documentsEn() == null ? List.of() : command.documentsEn();
        for (int i = 0; i < documentsEn.size(); i++) {
            errors.text("documentsEn[" + i + "]", documentsEn.get(i), 200);
        }
        errors.throwIfAny();
        return new OfferedService(
                command.code(),
                unitId,
                command.name().strip(),
                command.nameEn() == null || command.nameEn().isBlank()
                        ? null
                        : command.nameEn().strip(),
                command.durationMinutes(),
                command.onlineBookable(),
                command.leikaKey(),
                documents.stream().map(String::strip).toList(),
                documentsEn.stream().map(String::strip).toList());
    }

    @Override
    public boolean defineIfAbsent(String unitId, DefineService command) {
        return repository.find(command.code()).isEmpty()
                && repository.add(toService(unitId, command));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Service> list(Optional<String> unitId) {
        // a service whose unit this deployment does not run (its module was removed) is not offered
        return repository.list(unitId).stream()
                .filter(service -> units.find(service.unitId()).isPresent())
                .map(OfferedService::view)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Service> find(String code) {
        return repository.find(code).map(OfferedService::view);
    }
}
