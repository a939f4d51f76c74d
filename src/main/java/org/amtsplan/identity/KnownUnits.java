package org.amtsplan.identity;

/**
 * Which units exist, so that a staff account names only real ones. The kernel answers (its units
 * come from the department modules); identity asks without depending on the kernel, which depends
 * on identity's ports.
 */
public interface KnownUnits {

    boolean exists(String unitId);
}
