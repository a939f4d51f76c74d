package org.amtsplan.scheduling.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.DefineService;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.ServiceCatalogue;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.domain.OfferedService;
import org.amtsplan.scheduling.internal.domain.OfferedServiceRepository;

@ApplicationScoped
@Transactional
public class ServiceCatalogueService implements ServiceCatalogue {

  @Inject Units units;
  @Inject OfferedServiceRepository repository;

  @Override
  public Service define(String unitId, DefineService command) {
    OfferedService service = toService(unitId, command);
    if (!repository.add(service)) {
      throw ProblemException.conflict(
          "service-exists",
          "Es gibt bereits eine Dienstleistung mit dem Code " + command.code()
              + ". / A service with code " + command.code() + " already exists.");
    }
    return service.view();
  }

  private OfferedService toService(String unitId, DefineService command) {
    if (units.find(unitId).isEmpty()) {
      throw ProblemException.notFound(
          "Unbekannte Einheit " + unitId + ". / Unknown unit " + unitId + ".");
    }
    return new OfferedService(
            command.code(),
            unitId,
            command.name().strip(),
            command.nameEn() == null || command.nameEn().isBlank() ? null : command.nameEn().strip(),
            command.durationMinutes(),
            command.onlineBookable(),
            command.leikaKey());
  }

  @Override
  public boolean defineIfAbsent(String unitId, DefineService command) {
    return repository.find(command.code()).isEmpty() && repository.add(toService(unitId, command));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Service> list(Optional<String> unitId) {
    return repository.list(unitId).stream().map(OfferedService::view).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Service> find(String code) {
    return repository.find(code).map(OfferedService::view);
  }
}
