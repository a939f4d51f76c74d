package org.amtsplan.scheduling.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A unit's rules: the kernel's own keys as typed values, and the whole JSON object (kernel keys and
 * the department's keys) for the department module to read its share.
 */
public record UnitRules(String unitId, JsonObject json) {

    public static final String BOOKING_HORIZON_DAYS = "bookingHorizonDays";
    public static final String MIN_LEAD_MINUTES = "minLeadMinutes";
    public static final String MAX_OPEN_PER_CONTACT = "maxOpenPerContact";
    public static final String RELEASE_HOLD_BACK_MINUTES = "releaseHoldBackMinutes";
    public static final String CONFIRM_WITHIN_MINUTES = "confirmWithinMinutes";
    public static final String HOLD_MINUTES = "holdMinutes";
    public static final String WALK_IN_COUNTER_SHARE = "walkInCounterShare";
    public static final String QUEUE_EARLY_MINUTES = "queueEarlyMinutes";
    public static final String QUEUE_LATE_MINUTES = "queueLateMinutes";
    public static final String PROMOTE_AFTER_MINUTES = "promoteAfterMinutes";
    public static final String MISSED_CALLS_FOR_NO_SHOW = "missedCallsForNoShow";
    public static final String RETENTION_DAYS = "retentionDays";
    public static final String UNDO_MISSED_MINUTES = "undoMissedMinutes";

    /**
     * The outcomes a clerk may give a finished case: {@code [{code, name, nameEn}]} in the order
     * the counter offers them.
     */
    public static final String OUTCOMES = "outcomes";

    public int bookingHorizonDays() {
        return json.getInt(BOOKING_HORIZON_DAYS);
    }

    public int minLeadMinutes() {
        return json.getInt(MIN_LEAD_MINUTES);
    }

    public int maxOpenPerContact() {
        return json.getInt(MAX_OPEN_PER_CONTACT);
    }

    public int releaseHoldBackMinutes() {
        return json.getInt(RELEASE_HOLD_BACK_MINUTES);
    }

    public int confirmWithinMinutes() {
        return json.getInt(CONFIRM_WITHIN_MINUTES);
    }

    public int holdMinutes() {
        return json.getInt(HOLD_MINUTES);
    }

    public int queueEarlyMinutes() {
        return json.getInt(QUEUE_EARLY_MINUTES);
    }

    public int queueLateMinutes() {
        return json.getInt(QUEUE_LATE_MINUTES);
    }

    public int promoteAfterMinutes() {
        return json.getInt(PROMOTE_AFTER_MINUTES);
    }

    public int missedCallsForNoShow() {
        return json.getInt(MISSED_CALLS_FOR_NO_SHOW);
    }

    /**
     * Days after an appointment (or a ticket) until the citizen's name and contact data are erased.
     */
    public int retentionDays() {
        return json.getInt(RETENTION_DAYS);
    }

    /** For how many minutes a clerk may take back "did not come" (0: not at all). */
    public int undoMissedMinutes() {
        return json.getInt(UNDO_MISSED_MINUTES);
    }

    /** The outcomes a clerk may give a finished case, in the order the counter offers them. */
    public java.util.List<CaseOutcome> outcomes() {
        JsonValue value = json.get(OUTCOMES);
        if (!(value instanceof jakarta.json.JsonArray list)) {
            return java.util.List.of();
        }
        return list.getValuesAs(JsonObject.class).stream()
                .map(
                        o ->
                                new CaseOutcome(
                                        o.getString("code"),
                                        o.getString("name"),
                                        o.getString("nameEn", null)))
                .toList();
    }

    public double walkInCounterShare() {
        return number(WALK_IN_COUNTER_SHARE, 0);
    }

    /** A numeric rule of the department's own, or the fallback when it is absent. */
    public double number(String key, double fallback) {
        JsonValue value = json.get(key);
        return value instanceof JsonNumber number ? number.doubleValue() : fallback;
    }
}
