/**
 * The capacity ledger (seats taken per slot and pool) and the availability computed from day plans
 * minus the ledger.
 */
package org.amtsplan.scheduling.internal.ledger;
