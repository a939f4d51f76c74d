package org.amtsplan.identity;

import java.util.Optional;
import java.util.Set;

/**
 * What a module provides so the access filter can tell whose an object is: a ticket's unit, a
 * disruption's units, a dealer. Implementations are CDI beans of the module owning the object; the
 * filter picks the one whose {@link #kind()} a {@link ScopedBy#resolver()} names.
 */
public interface OwnerResolver {

    /**
     * The kind of object, as {@link ScopedBy#resolver()} names it ("ticket", "disruption", ...).
     */
    String kind();

    /**
     * The owner of the object with this id, or empty when there is no such object. An owner without
     * units and dealer means the request names nothing of any unit; the use case rejects it.
     */
    Optional<Owner> ownerOf(String id);

    /**
     * Whether the ids of this kind are public knowledge (a booking names services of the public
     * catalogue): a dealer account is then not refused by the filter, since which catalogue
     * services and how many seats a dealer may take is its department's rule, applied in the use
     * case.
     */
    default boolean idsArePublic() {
        return false;
    }

    /** The units an object belongs to, and for a dealer's object the dealer's id. */
    record Owner(Set<String> units, String dealer) {

        public static Owner units(Set<String> units) {
            return new Owner(Set.copyOf(units), null);
        }

        public static Owner unit(String unit) {
            return new Owner(Set.of(unit), null);
        }
    }
}
