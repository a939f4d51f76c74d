package org.amtsplan.disruption.internal.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.amtsplan.disruption.internal.callback.Callbacks;
import org.amtsplan.disruption.internal.offline.ActionLedger.Entry;
import org.amtsplan.disruption.internal.offline.ActionLedger.Received;
import org.amtsplan.disruption.internal.offline.ActionLedger.TicketRef;
import org.amtsplan.disruption.internal.offline.OfflineAction.Callback;
import org.amtsplan.disruption.internal.offline.OfflineAction.IssuingTicket;
import org.amtsplan.disruption.internal.offline.OfflineAction.OnTicket;
import org.amtsplan.disruption.internal.offline.OfflineAction.WalkIn;
import org.amtsplan.disruption.internal.offline.OfflineDevices.Device;
import org.amtsplan.identity.StaffAccounts;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonLimits;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;
import org.amtsplan.platform.TypedCommands;
import org.amtsplan.platform.TypedCommands.Bound;
import org.amtsplan.scheduling.api.NumberBlock;
import org.amtsplan.scheduling.api.OfflineCounter;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.ServiceCatalogue;
import org.amtsplan.scheduling.api.TicketView;

/**
 * Applies what an offline device did, each action exactly once: judged on its own, in the order of
 * its sequence, with its own transaction and ledger row, so one action failing never undoes
 * another. The answer lists a result per action in the order they were sent.
 */
@ApplicationScoped
public class Synchronisation {

    static final int MAX_ACTIONS = 500;

    @Inject OfflineDevices devices;
    @Inject ActionLedger ledger;
    @Inject OfflineCounter counter;
    @Inject ServiceCatalogue catalogue;
    @Inject Callbacks callbacks;
    @Inject TypedCommands commands;
    @Inject StaffAccounts staff;
    @Inject Clock clock;

    /** One action's answer. */
    public record Result(String id, String result, TicketRef ticket, Map<String, Object> problem) {}

    public record Results(List<Result> results) {}

    public Results synchronise(String deviceId, String body, String clerk, String language) {
        Device device =
                devices.find(deviceId)
                        .orElseThrow(() -> ProblemException.notFound("identity.noSuchThing"));
        JsonArray actions = actions(body);
        Result[] results = new Result[actions.size()];
        // in the device's order: a call before the start it enables, whatever order they came in
        List<Integer> order =
                IntStream.range(0, actions.size())
                        .boxed()
                        .sorted(Comparator.comparingLong(i -> sequenceForOrder(actions.get(i))))
                        .toList();
        NumberBlock block = devices.numbers(deviceId);
        for (int i : order) {
            results[i] = judge(device, block, actions.get(i), clerk, language);
        }
        return new Results(List.of(results));
    }

    /** The body's actions; a body that is not such a document as a whole applies nothing. */
    static JsonArray actions(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("actions", "disruption.offline.actionsRequired");
        }
        // string rules are each action's own (see judge): one pasted tab refuses that action alone
        JsonLimits.checkStructure(body);
        JsonStructure document;
        try (var reader = JsonObjects.reader(new StringReader(body))) {
            document = reader.read();
        } catch (JsonException e) {
            throw JsonLimits.malformed();
        }
        if (!(document instanceof JsonObject object)
                || !(object.get("actions") instanceof JsonArray actions)) {
            throw ProblemException.invalid("actions", "disruption.offline.actionsRequired");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw ProblemException.invalid(
                    "actions", "disruption.offline.tooManyActions", MAX_ACTIONS);
        }
        return actions;
    }

    private static long sequenceForOrder(JsonValue action) {
        Long sequence = action instanceof JsonObject o ? plainSequence(o) : null;
        return sequence == null ? Long.MAX_VALUE : sequence;
    }

    /**
     * The sequence if it is a plain whole number; read from the literal, since converting {@code
     * 1e999999999} to a long takes minutes and the size rules are judged per action only later.
     */
    private static Long plainSequence(JsonObject action) {
        if (action.get("sequence") instanceof JsonNumber n && n.toString().matches("[0-9]{1,18}")) {
            return Long.valueOf(n.toString());
        }
        return null;
    }

    private Result judge(
            Device device, NumberBlock block, JsonValue value, String clerk, String language) {
        if (!(value instanceof JsonObject json)) {
            return rejected(language, new FieldError("id", "disruption.offline.notAnAction"));
        }
        List<FieldError> broken = JsonLimits.errors(json.toString());
        if (!broken.isEmpty()) {
            return brokenRules(device, json, broken, clerk, language);
        }
        Bound<ActionHeader> header = commands.bind(json, ActionHeader.class);
        if (header.command() == null || header.hasErrorOn("id")) {
            // without its id an action cannot be recorded, only answered
            List<FieldError> errors =
                    header.hasErrorOn("id") ? header.errorsOn("id") : header.errors();
            return rejected(language, errors.toArray(FieldError[]::new));
        }
        String id = header.command().id().toLowerCase(Locale.ROOT);
        String hash = hash(json);
        Optional<Entry> earlier = ledger.find(id);
        if (earlier.isPresent()) {
            return repeated(earlier.get(), device, hash, language);
        }
        Instant at = header.command().at() == null ? null : header.command().at().toInstant();
        List<FieldError> errors = new ArrayList<>(header.errors());
        ActionTimePolicy.evaluate(at, clock.instant()).ifPresent(errors::add);
        String type = header.hasErrorOn("type") ? null : header.command().type();
        OfflineAction action = null;
        if (type != null) {
            Bound<? extends OfflineAction> bound =
                    commands.bind(json, OfflineAction.BY_TYPE.get(type));
            errors.addAll(bound.errors());
            action = bound.command();
            if (action != null) {
                errors.addAll(deviceRules(action, device, block));
            }
        }
        Received received =
                new Received(
                        id,
                        device.id(),
                        header.hasErrorOn("sequence") ? null : header.command().sequence(),
                        at,
                        type,
                        json.toString(),
                        hash);
        if (!errors.isEmpty() || action == null) {
            return refuse(received, clerk, ProblemException.invalid(errors), device, language);
        }
        // who did it: the clerk who unlocked the device, when named, else whoever sends it
        String actor = clerk;
        String named = header.command().clerk();
        if (named != null && !named.isBlank()) {
            if (!mayActOn(named.strip(), device.unit())) {
                return refuse(
                        received,
                        clerk,
                        ProblemException.invalid("clerk", "disruption.offline.unknownClerk"),
                        device,
                        language);
            }
            actor = named.strip();
        }
        // revocation is judged by when the server receives the action, which the device's clock
        // cannot backdate
        Optional<ProblemException> refusal =
                RevokedDevicePolicy.evaluate(action, device, clock.instant());
        if (refusal.isPresent()) {
            return refuse(received, clerk, refusal.get(), device, language);
        }
        OfflineAction valid = action;
        String doneBy = actor;
        try {
            TicketRef ticket =
                    ledger.apply(received, clerk, () -> apply(valid, type, device, at, doneBy));
            return new Result(id, ActionLedger.APPLIED, ticket, null);
        } catch (RuntimeException e) {
            ProblemException problem = problemIn(e);
            Optional<Entry> meanwhile = ledger.find(id);
            if (meanwhile.isPresent()) {
                // a concurrent post of the same id was first
                return repeated(meanwhile.get(), device, hash, language);
            }
            if (problem == null) {
                throw e;
            }
            return refuse(received, clerk, problem, device, language);
        }
    }

    /** Whether a named clerk is a member of staff who may work at the device's unit. */
    private boolean mayActOn(String username, String unit) {
        Optional<StaffMember> member = staff.find(username);
        return member.isPresent()
                && (member.get().roles().contains(StaffRoles.ADMIN)
                        || (member.get().units().contains(unit)
                                && (member.get().roles().contains(StaffRoles.HEAD)
                                        || member.get().roles().contains(StaffRoles.CLERK))));
    }

    /**
     * An action breaking the rules for any text (a control character, an oversized string or
     * number): refused alone, and recorded when it has an id, without binding it further.
     */
    private Result brokenRules(
            Device device,
            JsonObject json,
            List<FieldError> broken,
            String clerk,
            String language) {
        String id =
                json.get("id") instanceof JsonString s && s.getString().matches(ActionHeader.UUID)
                        ? s.getString().toLowerCase(Locale.ROOT)
                        : null;
        if (id == null) {
            return rejected(language, broken.toArray(FieldError[]::new));
        }
        String hash = hash(json);
        Optional<Entry> earlier = ledger.find(id);
        if (earlier.isPresent()) {
            return repeated(earlier.get(), device, hash, language);
        }
        Instant at = null;
        if (json.get("at") instanceof JsonString s) {
            try {
                at = OffsetDateTime.parse(s.getString()).toInstant();
            } catch (RuntimeException unreadable) {
                // recorded without its time
            }
        }
        String type =
                json.get("type") instanceof JsonString s
                                && OfflineAction.BY_TYPE.containsKey(s.getString())
                        ? s.getString()
                        : null;
        Received received =
                new Received(id, device.id(), plainSequence(json), at, type, json.toString(), hash);
        return refuse(received, clerk, ProblemException.invalid(broken), device, language);
    }

    /** The rules that need the device: its block of numbers, its unit's services. */
    private List<FieldError> deviceRules(OfflineAction action, Device device, NumberBlock block) {
        List<FieldError> errors = new ArrayList<>();
        if (action instanceof IssuingTicket issuing) {
            NumberOfTheDevicePolicy.evaluate(issuing.number(), block).ifPresent(errors::add);
        }
        if (action instanceof WalkIn walkIn && walkIn.service() != null) {
            ServiceOfTheDevicePolicy.evaluate(
                            walkIn.service(),
                            catalogue.find(walkIn.service()).map(Service::unit),
                            device.unit())
                    .ifPresent(errors::add);
        }
        return errors;
    }

    private TicketRef apply(
            OfflineAction action, String type, Device device, Instant at, String clerk) {
        if (action instanceof Callback callback) {
            callbacks.record(callback.toRecord(device, clerk, at));
            return null;
        }
        TicketView ticket =
                action instanceof OnTicket step
                        ? counter.actRecorded(step.toRecordedStep(type, device, at, clerk))
                        : counter.issueRecorded(
                                ((IssuingTicket) action).toRecordedTicket(device, at, clerk));
        return new TicketRef(ticket.id(), ticket.number(), ticket.status().name());
    }

    /** The answer to an id received before: the same content repeats its first answer. */
    private static Result repeated(Entry earlier, Device device, String hash, String language) {
        if (!earlier.deviceId().equals(device.id()) || !earlier.payloadHash().equals(hash)) {
            return new Result(
                    earlier.id(),
                    ActionLedger.REJECTED,
                    null,
                    ProblemResponses.document(
                            ProblemException.of(
                                    422,
                                    "urn:amtsplan:problem:action-id-reused",
                                    "disruption.offline.idReused"),
                            language));
        }
        if (earlier.result().equals(ActionLedger.APPLIED)) {
            return new Result(earlier.id(), ActionLedger.ALREADY_DONE, earlier.ticket(), null);
        }
        // a conflict or rejection stands as it was: the clerk still has it to resolve
        return new Result(earlier.id(), earlier.result(), null, storedProblem(earlier, language));
    }

    static Map<String, Object> storedProblem(Entry entry, String language) {
        String stored = "en".equals(language) ? entry.problemEn() : entry.problemDe();
        if (stored == null) {
            return null;
        }
        try (var reader = JsonObjects.reader(new StringReader(stored))) {
            return new TreeMap<>(reader.readObject());
        }
    }

    private Result refuse(
            Received received,
            String clerk,
            ProblemException problem,
            Device device,
            String language) {
        String result =
                problem.status() == 409 || problem.status() == 404
                        ? ActionLedger.CONFLICT
                        : ActionLedger.REJECTED;
        try {
            ledger.refused(
                    received,
                    clerk,
                    result,
                    ProblemResponses.json(problem, Languages.GERMAN),
                    ProblemResponses.json(problem, "en"));
        } catch (RuntimeException e) {
            Optional<Entry> meanwhile = ledger.find(received.id());
            if (meanwhile.isPresent()) {
                return repeated(meanwhile.get(), device, received.payloadHash(), language);
            }
            throw e;
        }
        return new Result(
                received.id(), result, null, ProblemResponses.document(problem, language));
    }

    private static Result rejected(String language, FieldError... errors) {
        return new Result(
                null,
                ActionLedger.REJECTED,
                null,
                ProblemResponses.document(ProblemException.invalid(List.of(errors)), language));
    }

    private static ProblemException problemIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    /** The content's fingerprint, the same whatever order its members came in. */
    static String hash(JsonObject action) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(canonical(action).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(object)
                    .forEach(
                            (k, v) ->
                                    out.append(jakarta.json.Json.createValue(k))
                                            .append(':')
                                            .append(canonical(v))
                                            .append(','));
            return out.append('}').toString();
        }
        if (value instanceof JsonArray array) {
            StringBuilder out = new StringBuilder("[");
            array.forEach(v -> out.append(canonical(v)).append(','));
            return out.append(']').toString();
        }
        return value.toString();
    }
}
