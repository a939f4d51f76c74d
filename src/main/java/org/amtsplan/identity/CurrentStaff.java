package org.amtsplan.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who is calling in the current request: a member of staff, or nobody (a citizen); and, once the
 * access filter has let the request through, which units of the requested object the caller is
 * authorised for. Use cases read this to shape what they show; they never check permissions again.
 */
@RequestScoped
public class CurrentStaff {

    private StaffMember member;
    private Predicate<String> authorisedUnits = unit -> false;

    public Optional<StaffMember> get() {
        return Optional.ofNullable(member);
    }

    /** Set once per request by the authentication filter. */
    public void authenticated(StaffMember member) {
        this.member = member;
    }

    /** Set once per request by the access filter: the units this caller may see and act on. */
    public void authorised(Predicate<String> units) {
        this.authorisedUnits = units;
    }

    /**
     * Whether the access filter authorised the caller for this unit (admins: every unit). A use
     * case on an object spanning several units uses it to show each head only their units' part.
     */
    public boolean authorisedFor(String unitId) {
        return authorisedUnits.test(unitId);
    }
}
