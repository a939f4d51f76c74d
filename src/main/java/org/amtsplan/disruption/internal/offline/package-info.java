/**
 * The offline counter: devices registered for a unit at a location with their walk-in number
 * blocks, the local copy they keep, and the synchronisation of what they did offline through a
 * ledger of action ids.
 */
package org.amtsplan.disruption.internal.offline;
