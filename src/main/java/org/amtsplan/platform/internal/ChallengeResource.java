package org.amtsplan.platform.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Proof-of-work challenges for anonymous booking (see {@link ProofOfWork}). */
@Path("challenges")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens")
public class ChallengeResource {

    @Inject ProofOfWork proofOfWork;

    @GET
    @Operation(
            summary = "Aufgabe für anonymes Buchen / challenge for anonymous booking",
            description =
                    "Find a nonce so that SHA-256(challenge + ':' + nonce) starts with `difficulty` zero bits; send "
                            + "`X-Proof-Of-Work: <challenge>:<nonce>` with POST /api/holds or /api/appointments. Valid for 10 minutes.")
    @PermitAll
    public ProofOfWork.Challenge challenge() {
        return proofOfWork.issue();
    }
}
