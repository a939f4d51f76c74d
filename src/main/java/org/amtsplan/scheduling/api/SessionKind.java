package org.amtsplan.scheduling.api;

/**
 * Where capacity comes from. REGULAR is the weekly pattern; the others are dated sessions a head
 * adds: EXTRA (more counters or hours), AFTER_HOURS (outside regular hours), REPLACEMENT (for the
 * people a disruption hit; invisible to the public while reserved for that disruption).
 */
public enum SessionKind {
    REGULAR,
    EXTRA,
    AFTER_HOURS,
    REPLACEMENT
}
