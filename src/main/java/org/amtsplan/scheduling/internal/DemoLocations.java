package org.amtsplan.scheduling.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.amtsplan.platform.DemoDataRequested;
import org.amtsplan.scheduling.api.DefineLocation;
import org.amtsplan.scheduling.api.Locations;

/** The demo city's three service centres. */
@ApplicationScoped
public class DemoLocations {

  @Inject Locations locations;

  void addDemoLocations(@Observes @Priority(DemoDataRequested.LOCATIONS) DemoDataRequested event) {
    add("mitte", "Bürgerservice Mitte", "Rathausplatz 1, 12345 Musterstadt");
    add("nord", "Bürgerservice Nord", "Nordring 40, 12347 Musterstadt");
    add("sued", "Bürgerservice Süd", "Südallee 7, 12349 Musterstadt");
  }

  private void add(String id, String name, String address) {
    locations.defineIfAbsent(new DefineLocation(id, name, address));
  }
}
