package org.amtsplan.notification;

import java.util.Collection;

/**
 * How many of a set of messages have reached their recipients' mail servers. Implemented by the
 * notification module; a module that wants to show progress (the disruption's "notified") looks it
 * up as a CDI bean and counts nothing when notification is not deployed.
 */
public interface DeliveryReports {

    /**
     * Of the given references (e.g. booking codes), how many had a message of this kind delivered.
     */
    long delivered(String kind, Collection<String> references);
}
