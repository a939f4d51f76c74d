package org.amtsplan.scheduling.api;

/** Command: close a unit at a location for one date ("YYYY-MM-DD"); regular hours do not happen. */
public record AddClosure(String date, String reason) {}
