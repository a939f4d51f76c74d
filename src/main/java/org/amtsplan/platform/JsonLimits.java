package org.amtsplan.platform;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The limits every JSON request body meets before anything binds it or looks at who sent it: one
 * streaming pass (no recursion, so no depth can overflow a stack) that refuses
 *
 * <ul>
 *   <li>more than {@value #MAX_BYTES} bytes: 413;
 *   <li>nesting deeper than {@value #MAX_DEPTH} or text that is not JSON: 400;
 *   <li>a number literal longer than {@value #MAX_NUMBER_CHARS} characters or with an exponent
 *       beyond ±{@value #MAX_SCALE} (which would make converting it to an {@code int} take
 *       minutes): 422 naming the field;
 *   <li>a string longer than {@value #MAX_STRING_CHARS} characters: 422 naming the field;
 *   <li>{@code null} inside a list: 422 naming the element;
 *   <li>control characters (C0, DEL, C1) in any string: 422 naming the field; line breaks and tabs
 *       only in free-text fields ({@link #MULTI_LINE_FIELDS}).
 * </ul>
 */
public final class JsonLimits {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_CHARS = 40;
    public static final int MAX_SCALE = 40;
    public static final int MAX_STRING_CHARS = 10_000;

    /** Fields whose text may span lines: notes, reasons, addresses. Everything else is one line. */
    public static final Set<String> MULTI_LINE_FIELDS =
            Set.of("notes", "reason", "address", "message", "comment", "description", "text");

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonLimits() {}

    /** Checks a body; blank bodies pass (whether one is required is the reader's business). */
    public static void check(String body) {
        List<FieldError> errors = errors(body);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * Checks only what makes a body unreadable as a whole (size, depth, JSON syntax), for bodies
     * whose items are judged one by one ({@link JsonRulesPerItem}): one pasted tab must not refuse
     * the other items.
     */
    public static void checkStructure(String body) {
        scan(body, false);
    }

    /**
     * What breaks the rules in a body (or an item of one), as field errors; a body unreadable as a
     * whole still throws.
     */
    public static List<FieldError> errors(String body) {
        return scan(body, true);
    }

    private static List<FieldError> scan(String body, boolean rules) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        if (body.length() > MAX_BYTES) {
            throw tooLarge();
        }
        List<FieldError> errors = new ArrayList<>();
        Deque<Object> path =
                new ArrayDeque<>(); // String key of an object member or int[] index of a list
        String key = null;
        int depth = 0;
        try (JsonParser parser = PROVIDER.createParser(new StringReader(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> {
                        key = parser.getString();
                        if (key.length() > MAX_STRING_CHARS
                                || !Texts.isFreeOfControls(key, false)) {
                            errors.add(new FieldError(name(path, "?"), Texts.CONTROL_MESSAGE));
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        path.push(member(path, key));
                        key = null;
                        if (++depth > MAX_DEPTH) {
                            throw ProblemException.of(
                                    400,
                                    "urn:amtsplan:problem:json-too-deep",
                                    "platform.jsonTooDeep",
                                    MAX_DEPTH);
                        }
                        if (event == JsonParser.Event.START_ARRAY) {
                            path.push(new int[] {0});
                        }
                    }
                    case END_OBJECT -> {
                        depth--;
                        path.pop();
                        advance(path);
                    }
                    case END_ARRAY -> {
                        depth--;
                        path.pop();
                        path.pop();
                        advance(path);
                    }
                    case VALUE_NULL -> {
                        if (!path.isEmpty() && path.peek() instanceof int[]) {
                            errors.add(
                                    new FieldError(
                                            name(path, key), "platform.validation.notNullInList"));
                        }
                        valueDone(path);
                        key = null;
                    }
                    case VALUE_NUMBER -> {
                        String literal = parser.getString();
                        if (literal.length() > MAX_NUMBER_CHARS
                                || Math.abs(new BigDecimal(literal).scale()) > MAX_SCALE) {
                            errors.add(
                                    new FieldError(
                                            name(path, key), "platform.validation.numberTooLarge"));
                        }
                        valueDone(path);
                        key = null;
                    }
                    case VALUE_STRING -> {
                        String value = parser.getString();
                        String field = name(path, key);
                        if (value.length() > MAX_STRING_CHARS) {
                            errors.add(
                                    new FieldError(
                                            field,
                                            "platform.validation.maxLength",
                                            MAX_STRING_CHARS));
                        } else if (!Texts.isFreeOfControls(
                                value, MULTI_LINE_FIELDS.contains(leaf(field)))) {
                            errors.add(new FieldError(field, Texts.CONTROL_MESSAGE));
                        }
                        valueDone(path);
                        key = null;
                    }
                    default -> {
                        valueDone(path);
                        key = null;
                    }
                }
                if (!rules) {
                    errors.clear();
                } else if (errors.size() >= 20) {
                    break;
                }
            }
        } catch (JsonException
                | IllegalStateException
                | java.util.NoSuchElementException
                | NumberFormatException malformed) {
            throw malformed();
        }
        return errors;
    }

    /**
     * How many items of the body's first list lie wholly within its first bytes: the answer to a
     * body too large, so that the sender knows how many to send at once.
     */
    public static int completeItems(byte[] prefix) {
        int items = 0;
        int depth = 0;
        boolean inList = false;
        try (JsonParser parser =
                PROVIDER.createParser(
                        new StringReader(
                                new String(prefix, java.nio.charset.StandardCharsets.UTF_8)))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_ARRAY -> {
                        depth++;
                        if (!inList && depth == 2) {
                            inList = true;
                        }
                    }
                    case START_OBJECT -> depth++;
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (inList && depth == 2) {
                            items++;
                        }
                        if (inList && depth < 2) {
                            return items;
                        }
                    }
                    default -> {
                        if (inList && depth == 2) {
                            items++;
                        }
                    }
                }
            }
        } catch (RuntimeException truncated) {
            // the body ends within an item: the items before it fit
        }
        return items;
    }

    public static ProblemException tooLarge() {
        return ProblemException.of(413, "urn:amtsplan:problem:too-large", "platform.bodyTooLarge");
    }

    public static ProblemException malformed() {
        return ProblemException.of(
                400, "urn:amtsplan:problem:malformed-json", "platform.malformedJson");
    }

    /** 422 for a JSON body that is missing or {@code null} where a command is expected. */
    public static ProblemException bodyRequired() {
        return ProblemException.invalid("body", "platform.validation.bodyRequired");
    }

    private static Object member(Deque<Object> path, String key) {
        if (key != null) {
            return key;
        }
        return path.isEmpty() ? "" : "[]"; // the root, or an element of the enclosing list
    }

    private static void valueDone(Deque<Object> path) {
        advance(path);
    }

    private static void advance(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof int[] index) {
            index[0]++;
        }
    }

    private static String leaf(String field) {
        int dot = field.lastIndexOf('.');
        String last = dot < 0 ? field : field.substring(dot + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    /** "weekly[0].from" from the members and list positions on the way down. */
    private static String name(Deque<Object> path, String key) {
        StringBuilder name = new StringBuilder();
        List<Object> downwards = new ArrayList<>(path);
        java.util.Collections.reverse(downwards);
        for (Object step : downwards) {
            if (step instanceof int[] index) {
                name.append('[').append(index[0]).append(']');
            } else if (step instanceof String member && !member.isEmpty() && !member.equals("[]")) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(member);
            }
        }
        if (key != null) {
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(key);
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
