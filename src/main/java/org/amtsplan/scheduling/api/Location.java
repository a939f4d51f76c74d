package org.amtsplan.scheduling.api;

/** A citizen service centre (Bürgerservicestelle). */
public record Location(String id, String name, String address) {}
