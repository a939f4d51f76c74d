package org.amtsplan.scheduling.api;

/** A unit's calendar at one location. */
public record UnitAtLocation(String unit, String location) {}
