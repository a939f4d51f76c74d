package org.amtsplan.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which unit (or dealer) the object of a REST resource method belongs to. Exactly one source is
 * given: a path parameter, a query parameter, a member of the JSON body, or a fixed unit. Without
 * {@link #resolver()} the value is a unit id itself; with it, the value is an object id (a ticket,
 * a disruption, a dealer, a service code) that the owning module's {@link OwnerResolver} of that
 * kind turns into its units. The access filter checks this before any use case runs, next to the
 * roles of {@code @RolesAllowed}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScopedBy {

    /** A path parameter holding the unit or object id. */
    String path() default "";

    /** A query parameter holding the unit or object id. */
    String query() default "";

    /** A top-level member of the JSON body: a string or an array of strings. */
    String body() default "";

    /**
     * The one unit every object of this endpoint belongs to (e.g. the dealers' work list: vehicle).
     */
    String unit() default "";

    /** The kind of object the value names, answered by the {@link OwnerResolver} of that kind. */
    String resolver() default "";

    /**
     * True: the caller must be entitled to every unit of the object (declaring or lifting a
     * disruption). False: to at least one; the use case then shows only those (see {@link
     * CurrentStaff#authorisedFor(String)}).
     */
    boolean everyUnit() default false;
}
