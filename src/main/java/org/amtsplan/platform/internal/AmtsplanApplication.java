package org.amtsplan.platform.internal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The one JAX-RS application; every module's resources live below {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Amtsplan",
                        version = "0.1",
                        description =
                                "Termine, Warteschlangen und Vorgänge der Bürgerdienste / appointments, queues and"
                                        + " cases of a city's citizen services"))
@SecurityScheme(
        securitySchemeName = "staff",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "Staff accounts authenticate with HTTP Basic")
public class AmtsplanApplication extends Application {}
