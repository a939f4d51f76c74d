package org.amtsplan.immigration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.Message;
import org.amtsplan.scheduling.api.CaseOutcome;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.QueuePolicy;
import org.amtsplan.scheduling.spi.RuleChecks;
import org.amtsplan.scheduling.spi.WalkInDecision;
import org.amtsplan.scheduling.spi.WalkInRequest;

/**
 * The immigration office's own rules: its consultation days and how many walk-ins a consultation
 * day takes before further walk-ins get a referral (used by the queue).
 */
@ApplicationScoped
public class ImmigrationRules implements DepartmentRules {

    static final String CONSULTATION_DAYS = "consultationDays";
    static final String WALK_IN_QUOTA_PER_DAY = "walkInQuotaPerDay";
    static final String URGENT_WITHIN_DAYS = "urgentWithinDays";

    @Inject ConsultationDays consultationDays;

    @Override
    public String department() {
        return ImmigrationUnits.DEPARTMENT;
    }

    @Override
    public JsonObject defaults(String unitId) {
        return JsonObjects.objectBuilder()
                .add(
                        CONSULTATION_DAYS,
                        JsonObjects.arrayBuilder().add("MONDAY").add("TUESDAY").add("THURSDAY"))
                .add(WALK_IN_QUOTA_PER_DAY, 30)
                .add(URGENT_WITHIN_DAYS, 14)
                .add(
                        UnitRules.OUTCOMES,
                        CaseOutcome.defaultsWith(
                                new CaseOutcome(
                                        "fiktionsbescheinigung",
                                        "Fiktionsbescheinigung ausgestellt",
                                        "provisional permit issued")))
                .build();
    }

    @Override
    public List<FieldError> validate(String unitId, JsonObject rules) {
        List<FieldError> errors = new ArrayList<>();
        RuleChecks.number(rules, WALK_IN_QUOTA_PER_DAY, 0, 1000, true).ifPresent(errors::add);
        RuleChecks.number(rules, URGENT_WITHIN_DAYS, 0, 365, true).ifPresent(errors::add);
        JsonValue days = rules.get(CONSULTATION_DAYS);
        if (days != null && !isListOfWeekdays(days)) {
            errors.add(new FieldError(CONSULTATION_DAYS, "immigration.rules.consultationDays"));
        }
        return errors;
    }

    /**
     * Walk-ins only on consultation days and within the day's quota; above it, a referral to the
     * next consultation day with room instead of a refusal.
     */
    @Override
    public WalkInDecision admitWalkIn(WalkInRequest request) {
        List<DayOfWeek> days = consultationDays(request.rules());
        int quota = (int) request.rules().number(WALK_IN_QUOTA_PER_DAY, 30);
        if (!days.contains(request.day().getDayOfWeek())) {
            return WalkInDecision.refused("immigration.walkIn.consultationDaysOnly", days);
        }
        if (consultationDays.takeWalkInPlace(request.locationId(), request.day(), quota)) {
            return WalkInDecision.ADMITTED;
        }
        return consultationDays
                .refer(
                        request.locationId(),
                        request.day(),
                        days,
                        quota,
                        request.service(),
                        request.name(),
                        request.phone())
                .<WalkInDecision>map(
                        referral ->
                                new WalkInDecision.Referred(
                                        referral.date(),
                                        referral.number(),
                                        Message.of(
                                                "immigration.walkIn.referred",
                                                referral.date(),
                                                referral.number())))
                .orElse(WalkInDecision.refused("immigration.walkIn.fullyBooked"));
    }

    @Override
    public Optional<String> redeemReferral(
            String unitId, String locationId, LocalDate day, String number) {
        return consultationDays.redeem(locationId, day, number);
    }

    /**
     * A residence permit expiring within {@code urgentWithinDays} (or already expired) is urgent.
     */
    @Override
    public boolean isUrgent(String unitId, UnitRules rules, LocalDate deadline, LocalDate today) {
        return !deadline.isAfter(today.plusDays((long) rules.number(URGENT_WITHIN_DAYS, 14)));
    }

    @Override
    public QueuePolicy queuePolicy(String unitId) {
        return new UrgentFirstQueuePolicy();
    }

    static List<DayOfWeek> consultationDays(UnitRules rules) {
        JsonValue value = rules.json().get(CONSULTATION_DAYS);
        List<DayOfWeek> days = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue day : array) {
                if (day instanceof JsonString name) {
                    days.add(DayOfWeek.valueOf(name.getString()));
                }
            }
        }
        return days;
    }

    private static boolean isListOfWeekdays(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return false;
        }
        for (JsonValue day : array) {
            if (!(day instanceof JsonString name)) {
                return false;
            }
            try {
                DayOfWeek.valueOf(name.getString());
            } catch (IllegalArgumentException notADay) {
                return false;
            }
        }
        return true;
    }
}
