package org.amtsplan.disruption.internal.callback;

/**
 * People a clerk could not serve (typically during an outage, on the offline counter) and who are
 * to be called back: a list for the head and, inside a declared disruption, people its rebooking
 * proposes replacements to.
 */
public interface Callbacks {

    /**
     * Records a person to call back; bad input is a {@link org.amtsplan.platform.ProblemException}
     * naming each field, and records nothing.
     *
     * @return the callback's id
     */
    long record(RecordCallback callback);
}
