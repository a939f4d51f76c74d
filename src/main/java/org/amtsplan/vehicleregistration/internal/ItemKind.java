package org.amtsplan.vehicleregistration.internal;

/** What a dealer asks for a vehicle. */
enum ItemKind {
    /** Neuzulassung */
    NEW_REGISTRATION,
    /** Umschreibung (Halterwechsel) */
    CHANGE_OF_KEEPER,
    /** Wiederzulassung */
    RE_REGISTRATION,
    /** Außerbetriebsetzung */
    DEREGISTRATION
}
