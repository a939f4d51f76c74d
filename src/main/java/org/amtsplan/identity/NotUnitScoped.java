package org.amtsplan.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares on purpose that a method open to heads, clerks or dealers acts on no one unit's object:
 * city-wide configuration (locations), a job over every unit that returns no personal data, the
 * caller's own account, or a list over the caller's units that the use case narrows with the access
 * filter's {@link CurrentStaff#authorisedFor(String)}. Every other method open to them names its
 * object with {@link ScopedBy}; a build test holds this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotUnitScoped {

    /** Why the operation is not about one unit, for the reviewer. */
    String value();
}
