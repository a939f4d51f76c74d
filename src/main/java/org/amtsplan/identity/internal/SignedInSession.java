package org.amtsplan.identity.internal;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The pages' session the current request was authenticated by, if it was (not HTTP Basic). */
@RequestScoped
public class SignedInSession {

    private StaffSessions.Active session;

    Optional<StaffSessions.Active> get() {
        return Optional.ofNullable(session);
    }

    void set(StaffSessions.Active session) {
        this.session = session;
    }
}
