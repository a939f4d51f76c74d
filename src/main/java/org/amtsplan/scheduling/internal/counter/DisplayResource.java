package org.amtsplan.scheduling.internal.counter;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.amtsplan.scheduling.api.Locations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The waiting-room display of a location: one server-sent event per call. */
@Path("locations/{location}/display")
@ApplicationScoped
@Tag(name = "Counter")
public class DisplayResource {

    @Inject DisplayHub hub;
    @Inject Locations locations;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Aufrufanzeige (Server-Sent Events) / call display (server-sent events)")
    @PermitAll
    public void display(
            @PathParam("location") String location,
            @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        locations.require(location);
        Long from = null;
        if (lastEventId != null) {
            try {
                from = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException ignored) {
                // an unreadable id: start from now
            }
        }
        hub.connect(location, sink, sse, from);
    }
}
