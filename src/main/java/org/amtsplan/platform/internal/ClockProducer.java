package org.amtsplan.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in the city's zone. {@code amtsplan.clock.fixed} (an ISO
 * instant) freezes it, so that a test or a demonstration can play a given day.
 */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId CITY_ZONE = ZoneId.of("Europe/Berlin");

  @Inject
  @ConfigProperty(name = "amtsplan.clock.fixed")
  Optional<String> fixedInstant;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return fixedInstant
        .filter(value -> !value.isBlank())
        .map(value -> Clock.fixed(Instant.parse(value), CITY_ZONE))
        .orElseGet(() -> Clock.system(CITY_ZONE));
  }
}
