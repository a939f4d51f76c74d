package org.amtsplan.disruption.internal.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.amtsplan.disruption.internal.callback.Callbacks;
import org.amtsplan.disruption.internal.callback.RecordCallback;
import org.amtsplan.disruption.internal.offline.ActionLedger.Entry;
import org.amtsplan.disruption.internal.offline.ActionLedger.Received;
import org.amtsplan.disruption.internal.offline.ActionLedger.TicketRef;
import org.amtsplan.disruption.internal.offline.OfflineDevices.Device;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonLimits;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;
import org.amtsplan.scheduling.api.NumberBlock;
import org.amtsplan.scheduling.api.OfflineCounter;
import org.amtsplan.scheduling.api.RecordedStep;
import org.amtsplan.scheduling.api.RecordedTicket;
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
    static final Duration AHEAD = Duration.ofMinutes(5);
    static final Duration BACK = Duration.ofDays(7);
    static final Set<String> TYPES =
            Set.of("check-in", "walk-in", "call", "start", "park", "draft", "finish", "callback");
    static final Set<String> CREATING = Set.of("check-in", "walk-in");
    private static final Pattern UUID =
            Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject OfflineDevices devices;
    @Inject ActionLedger ledger;
    @Inject OfflineCounter counter;
    @Inject ServiceCatalogue catalogue;
    @Inject Instance<Callbacks> callbacks;
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
        JsonLimits.check(body);
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
        if (action instanceof JsonObject o
                && o.get("sequence") instanceof JsonNumber n
                && n.isIntegral()) {
            return n.longValue();
        }
        return Long.MAX_VALUE;
    }

    private Result judge(
            Device device, NumberBlock block, JsonValue value, String clerk, String language) {
        if (!(value instanceof JsonObject action)) {
            return rejected(null, language, List.of(error("id", "disruption.offline.notAnAction")));
        }
        String id = text(action, "id");
        if (id == null || !UUID.matcher(id).matches()) {
            return rejected(null, language, List.of(error("id", "disruption.offline.id")));
        }
        id = id.toLowerCase(java.util.Locale.ROOT);
        String hash = hash(action);
        Optional<Entry> earlier = ledger.find(id);
        if (earlier.isPresent()) {
            return repeated(earlier.get(), device, hash, language);
        }
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        Long sequence = sequence(action, errors);
        Instant at = at(action, now, errors);
        String type = text(action, "type");
        if (type == null || !TYPES.contains(type)) {
            errors.add(error("type", "disruption.offline.type"));
            type = null;
        } else {
            check(type, action, device, block, errors);
        }
        Received received =
                new Received(
                        id,
                        device.id(),
                        sequence,
                        at,
                        type == null ? null : type,
                        action.toString(),
                        hash);
        if (!errors.isEmpty()) {
            return refuse(received, clerk, ProblemException.invalid(errors), device, language);
        }
        if (CREATING.contains(type) && device.revokedBefore(at)) {
            return refuse(
                    received,
                    clerk,
                    ProblemException.of(
                            422,
                            "urn:amtsplan:problem:device-revoked",
                            "disruption.offline.deviceRevoked"),
                    device,
                    language);
        }
        if (type.equals("callback") && !callbacks.isResolvable()) {
            return refuse(
                    received,
                    clerk,
                    ProblemException.of(
                            422,
                            "urn:amtsplan:problem:callbacks-unavailable",
                            "disruption.offline.callbacksUnavailable"),
                    device,
                    language);
        }
        String actionType = type;
        try {
            TicketRef ticket =
                    ledger.apply(
                            received, clerk, () -> apply(actionType, action, device, at, clerk));
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

    private TicketRef apply(
            String type, JsonObject action, Device device, Instant at, String clerk) {
        TicketView ticket =
                switch (type) {
                    case "check-in" ->
                            counter.issueRecorded(
                                    new RecordedTicket(
                                            device.unit(),
                                            device.location(),
                                            text(action, "number"),
                                            at,
                                            clerk,
                                            text(action, "appointmentCode")
                                                    .strip()
                                                    .toUpperCase(java.util.Locale.ROOT),
                                            null,
                                            null,
                                            null));
                    case "walk-in" ->
                            counter.issueRecorded(
                                    new RecordedTicket(
                                            device.unit(),
                                            device.location(),
                                            text(action, "number"),
                                            at,
                                            clerk,
                                            null,
                                            text(action, "service"),
                                            text(action, "name"),
                                            text(action, "phone")));
                    case "callback" -> {
                        callbacks
                                .get()
                                .record(
                                        new RecordCallback(
                                                device.unit(),
                                                device.location(),
                                                device.id(),
                                                clerk,
                                                at,
                                                text(action, "name"),
                                                text(action, "service"),
                                                text(action, "phone"),
                                                text(action, "email"),
                                                text(action, "language"),
                                                text(action, "notes")));
                        yield null;
                    }
                    default ->
                            counter.actRecorded(
                                    new RecordedStep(
                                            device.unit(),
                                            device.location(),
                                            text(action, "ticket").strip(),
                                            type,
                                            at,
                                            clerk,
                                            text(action, "counter"),
                                            text(action, "outcome"),
                                            text(action, "notes"),
                                            strings(action.get("documentsReceived"))));
                };
        return ticket == null
                ? null
                : new TicketRef(ticket.id(), ticket.number(), ticket.status().name());
    }

    /** The fields each type needs, and that its number lies in the device's block. */
    private void check(
            String type,
            JsonObject action,
            Device device,
            NumberBlock block,
            List<FieldError> errors) {
        switch (type) {
            case "check-in" -> {
                required(action, "appointmentCode", 20, errors);
                number(action, block, errors);
            }
            case "walk-in" -> {
                number(action, block, errors);
                service(action, device, errors);
                optional(action, "name", 200, errors);
                optional(action, "phone", 40, errors);
            }
            case "call" -> {
                required(action, "ticket", 20, errors);
                required(action, "counter", 40, errors);
            }
            case "start", "park" -> required(action, "ticket", 20, errors);
            case "draft" -> {
                required(action, "ticket", 20, errors);
                optional(action, "notes", 4000, errors);
                documents(action, errors);
            }
            case "finish" -> {
                required(action, "ticket", 20, errors);
                required(action, "outcome", 40, errors);
                optional(action, "notes", 4000, errors);
                documents(action, errors);
            }
            case "callback" -> {
                required(action, "name", 200, errors);
                service(action, device, errors);
                optional(action, "phone", 40, errors);
                optional(action, "email", 254, errors);
                optional(action, "language", 2, errors);
                optional(action, "notes", 4000, errors);
                if (text(action, "phone") == null && text(action, "email") == null) {
                    errors.add(error("phone", "disruption.offline.phoneOrEmail"));
                }
            }
            default -> throw new IllegalStateException(type);
        }
    }

    private static void number(JsonObject action, NumberBlock block, List<FieldError> errors) {
        if (required(action, "number", 20, errors)
                && !block.holds(text(action, "number").strip())) {
            errors.add(
                    error(
                            "number",
                            "disruption.offline.numberOutsideBlock",
                            block.ticketPrefix() + block.from(),
                            block.ticketPrefix() + block.to()));
        }
    }

    private void service(JsonObject action, Device device, List<FieldError> errors) {
        if (required(action, "service", 80, errors)
                && catalogue
                        .find(text(action, "service"))
                        .filter(s -> s.unit().equals(device.unit()))
                        .isEmpty()) {
            errors.add(error("service", "disruption.offline.serviceOfAnotherUnit"));
        }
    }

    private static void documents(JsonObject action, List<FieldError> errors) {
        JsonValue value = action.get("documentsReceived");
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (!(value instanceof JsonArray array)
                || array.size() > 20
                || array.stream()
                        .anyMatch(
                                v ->
                                        !(v instanceof JsonString s)
                                                || s.getString().length() > 200)) {
            errors.add(error("documentsReceived", "disruption.offline.documents"));
        }
    }

    private static boolean required(
            JsonObject action, String field, int max, List<FieldError> errors) {
        JsonValue value = action.get(field);
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            errors.add(error(field, "disruption.offline.required"));
            return false;
        }
        if (s.getString().length() > max) {
            errors.add(error(field, "disruption.offline.tooLong", max));
            return false;
        }
        return true;
    }

    private static void optional(
            JsonObject action, String field, int max, List<FieldError> errors) {
        JsonValue value = action.get(field);
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (!(value instanceof JsonString s)) {
            errors.add(error(field, "disruption.offline.text"));
        } else if (s.getString().length() > max) {
            errors.add(error(field, "disruption.offline.tooLong", max));
        }
    }

    private static Long sequence(JsonObject action, List<FieldError> errors) {
        if (action.get("sequence") instanceof JsonNumber n
                && n.isIntegral()
                && n.bigIntegerValue().bitLength() < 63
                && n.longValue() >= 1) {
            return n.longValue();
        }
        errors.add(error("sequence", "disruption.offline.sequence"));
        return null;
    }

    private static Instant at(JsonObject action, Instant now, List<FieldError> errors) {
        String value = text(action, "at");
        if (value == null) {
            errors.add(error("at", "disruption.offline.at"));
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(error("at", "disruption.offline.at"));
            return null;
        }
        if (at.isAfter(now.plus(AHEAD))) {
            errors.add(error("at", "disruption.offline.atAhead"));
        } else if (at.isBefore(now.minus(BACK))) {
            errors.add(error("at", "disruption.offline.atTooOld", BACK.toDays()));
        }
        return at;
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

    private static Result rejected(String id, String language, List<FieldError> errors) {
        return new Result(
                id,
                ActionLedger.REJECTED,
                null,
                ProblemResponses.document(ProblemException.invalid(errors), language));
    }

    private static ProblemException problemIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    private static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, Message.of(key, arguments));
    }

    static String text(JsonObject action, String field) {
        return action.get(field) instanceof JsonString s && !s.getString().isBlank()
                ? s.getString()
                : null;
    }

    private static List<String> strings(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return null;
        }
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
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
