package org.amtsplan.scheduling.api;

import java.util.List;

/**
 * What a clerk does with a ticket: {@code start}, {@code finish} (with outcome, notes and the
 * documents received), {@code park}, {@code recall}, {@code missed}, or {@code transfer} (to
 * another unit or to a named counter).
 */
public record TicketAction(
        String outcome, String notes, List<String> documents, String unit, String counter) {

    public static final TicketAction NONE = new TicketAction(null, null, null, null, null);
}
