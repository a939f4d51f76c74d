package org.amtsplan.scheduling.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amtsplan.platform.PublicEndpoint;
import org.amtsplan.scheduling.api.Availability;
import org.amtsplan.scheduling.api.FreeSlot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens")
public class AvailabilityResource {

  @Inject Availability availability;

  @GET
  @PublicEndpoint
  @Operation(
      summary = "Freie Termine / free slots",
      description =
          "service may repeat for several services of one unit; from and to as YYYY-MM-DD (at most 62 days)")
  public List<FreeSlot> find(
      @QueryParam("service") List<String> services,
      @QueryParam("location") String location,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return availability.find(services, location, from, to);
  }
}
