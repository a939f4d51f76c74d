package org.amtsplan.scheduling.api;

import java.util.List;
import java.util.Optional;

/** The units contributed by the department modules, as the kernel knows them. */
public interface Units {

  List<UnitDescription> all();

  Optional<UnitDescription> find(String unitId);
}
