package org.amtsplan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one clock and the one zone of the application: the city's zone comes from {@code
 * amtsplan.city.zone} (default {@value #DEFAULT_ZONE}); {@code amtsplan.clock.fixed} (an ISO
 * instant) freezes the clock, so that a test or a demonstration can play a given day. Beans inject
 * {@link Clock} and {@link ZoneId}; code outside CDI (value formatting, static readers) asks {@link
 * #zone()}, which reads the same setting.
 */
@ApplicationScoped
public class CityClock {

    public static final String DEFAULT_ZONE = "Europe/Berlin";

    /** Read once, on first use; without a MicroProfile Config (plain unit tests) the default. */
    private static final class Configured {
        static final ZoneId ZONE = ZoneId.of(setting("amtsplan.city.zone").orElse(DEFAULT_ZONE));
    }

    public static ZoneId zone() {
        return Configured.ZONE;
    }

    /** Dependent: ZoneId cannot be proxied, and the value never changes anyway. */
    @Produces
    ZoneId cityZone() {
        return zone();
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return setting("amtsplan.clock.fixed")
                .map(value -> Clock.fixed(Instant.parse(value), zone()))
                .orElseGet(() -> Clock.system(zone()));
    }

    private static Optional<String> setting(String name) {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(name, String.class)
                    .filter(value -> !value.isBlank());
        } catch (RuntimeException | java.util.ServiceConfigurationError noConfig) {
            return Optional.empty();
        }
    }
}
