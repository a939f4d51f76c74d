package org.amtsplan.disruption.internal.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import java.io.StringReader;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.amtsplan.disruption.internal.offline.OfflineAction.Call;
import org.amtsplan.disruption.internal.offline.OfflineAction.Callback;
import org.amtsplan.disruption.internal.offline.OfflineAction.CheckIn;
import org.amtsplan.disruption.internal.offline.OfflineAction.Draft;
import org.amtsplan.disruption.internal.offline.OfflineAction.Finish;
import org.amtsplan.disruption.internal.offline.OfflineAction.Park;
import org.amtsplan.disruption.internal.offline.OfflineAction.Start;
import org.amtsplan.disruption.internal.offline.OfflineAction.WalkIn;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.TypedCommands;
import org.amtsplan.platform.TypedCommands.Bound;
import org.amtsplan.platform.internal.JsonbTypedCommands;
import org.amtsplan.scheduling.api.NumberBlock;
import org.junit.jupiter.api.Test;

/**
 * Each action type bound from its JSON and validated as the synchronisation does it: every bad
 * field named with the text the clerk reads, a member of the wrong JSON type included, nothing
 * thrown.
 */
class OfflineActionBindingTest {

    private static final TypedCommands COMMANDS =
            new JsonbTypedCommands(Validation.buildDefaultValidatorFactory().getValidator());
    private static final String UUID = "0b7e0a64-7f1c-4a43-9b7d-2f6de1c1a9a1";

    @Test
    void theHeaderNamesAWrongTypeOfEachCommonField() {
        assertEquals(
                Map.of(
                        "id", "disruption.offline.id",
                        "sequence", "platform.validation.wholeNumber",
                        "at", "platform.validation.dateTime",
                        "type", "disruption.offline.type"),
                errors(
                        ActionHeader.class,
                        "{\"id\":\"not-a-uuid\",\"sequence\":\"x\",\"at\":7,\"type\":\"teleport\"}"));
        assertEquals(
                Map.of(
                        "id", "platform.validation.text",
                        "sequence", "platform.validation.wholeNumber",
                        "at", "platform.validation.required",
                        "type", "platform.validation.text"),
                errors(ActionHeader.class, "{\"id\":5,\"sequence\":1.5,\"type\":[]}"));
        assertEquals(
                Map.of(
                        "sequence", "disruption.offline.sequence",
                        "at", "platform.validation.dateTime"),
                errors(
                        ActionHeader.class,
                        "{\"id\":\""
                                + UUID
                                + "\",\"sequence\":0,\"at\":\"gestern\",\"type\":\"start\"}"));
        Bound<ActionHeader> good =
                COMMANDS.bind(
                        json(
                                "{\"id\":\""
                                        + UUID.toUpperCase()
                                        + "\",\"sequence\":3,\"at\":\"2026-12-07T09:15:00+01:00\","
                                        + "\"type\":\"call\",\"ticket\":\"K500\"}"),
                        ActionHeader.class);
        assertTrue(good.isValid(), good.errors().toString());
        assertEquals(3L, good.command().sequence());
        assertEquals(Instant.parse("2026-12-07T08:15:00Z"), good.command().at().toInstant());
    }

    @Test
    void aCheckInNeedsItsCodeAndANumberAsText() {
        assertEquals(
                Map.of(
                        "appointmentCode", "disruption.offline.required",
                        "number", "disruption.offline.required"),
                errors(CheckIn.class, "{\"appointmentCode\":\"  \"}"));
        assertEquals(
                Map.of(
                        "appointmentCode", "platform.validation.maxLength",
                        "number", "platform.validation.text"),
                errors(
                        CheckIn.class,
                        "{\"appointmentCode\":\"" + "A".repeat(21) + "\",\"number\":500}"));
    }

    @Test
    void aWalkInNeedsAServiceAndKeepsNameAndPhoneShort() {
        assertEquals(
                Map.of(
                        "service", "disruption.offline.required",
                        "name", "platform.validation.maxLength",
                        "phone", "platform.validation.text"),
                errors(
                        WalkIn.class,
                        "{\"number\":\"K500\",\"name\":\"" + "n".repeat(201) + "\",\"phone\":[]}"));
        Bound<WalkIn> good =
                COMMANDS.bind(
                        json("{\"number\":\"K501\",\"service\":\"geburtsurkunde\",\"name\":\"\"}"),
                        WalkIn.class);
        assertTrue(good.isValid(), good.errors().toString());
        assertEquals("geburtsurkunde", good.command().service());
    }

    @Test
    void aCallNeedsATicketAndACounter() {
        assertEquals(
                Map.of(
                        "ticket", "platform.validation.text",
                        "counter", "disruption.offline.required"),
                errors(Call.class, "{\"ticket\":{}}"));
        assertEquals(
                Map.of("counter", "platform.validation.maxLength"),
                errors(Call.class, "{\"ticket\":\"K500\",\"counter\":\"" + "9".repeat(41) + "\"}"));
    }

    @Test
    void startAndParkNeedATicket() {
        assertEquals(
                Map.of("ticket", "disruption.offline.required"),
                errors(Start.class, "{\"ticket\":\" \"}"));
        assertEquals(
                Map.of("ticket", "platform.validation.text"),
                errors(Park.class, "{\"ticket\":500}"));
        assertEquals(
                Map.of("ticket", "platform.validation.maxLength"),
                errors(Park.class, "{\"ticket\":\"" + "K".repeat(21) + "\"}"));
    }

    @Test
    void aDraftsDocumentsAreAShortListOfShortNames() {
        assertEquals(
                Map.of(
                        "ticket", "disruption.offline.required",
                        "documentsReceived", "platform.validation.list"),
                errors(Draft.class, "{\"documentsReceived\":5}"));
        assertEquals(
                Map.of("documentsReceived[1]", "platform.validation.text"),
                errors(Draft.class, "{\"ticket\":\"K500\",\"documentsReceived\":[\"Pass\",5]}"));
        assertEquals(
                Map.of(
                        "documentsReceived[0]", "disruption.offline.documents",
                        "notes", "platform.validation.maxLength"),
                errors(
                        Draft.class,
                        "{\"ticket\":\"K500\",\"notes\":\""
                                + "x".repeat(4001)
                                + "\",\"documentsReceived\":[\""
                                + "d".repeat(201)
                                + "\"]}"));
        assertEquals(
                Map.of("documentsReceived", "disruption.offline.documents"),
                errors(
                        Draft.class,
                        "{\"ticket\":\"K500\",\"documentsReceived\":["
                                + String.join(",", Collections.nCopies(21, "\"Pass\""))
                                + "]}"));
        Bound<Draft> good =
                COMMANDS.bind(
                        json("{\"ticket\":\"K500\",\"documentsReceived\":[\"Reisepass\"]}"),
                        Draft.class);
        assertTrue(good.isValid(), good.errors().toString());
        assertEquals(List.of("Reisepass"), good.command().documentsReceived());
    }

    @Test
    void aFinishNeedsAnOutcome() {
        assertEquals(
                Map.of(
                        "outcome", "disruption.offline.required",
                        "notes", "platform.validation.text",
                        "documentsReceived", "platform.validation.list"),
                errors(
                        Finish.class,
                        "{\"ticket\":\"K500\",\"notes\":true,\"documentsReceived\":\"Pass\"}"));
    }

    @Test
    void aCallbackIsBoundHereAndJudgedByTheCallbackModule() {
        assertEquals(
                Map.of("name", "platform.validation.text", "email", "platform.validation.text"),
                errors(Callback.class, "{\"name\":5,\"email\":false}"));
        Bound<Callback> blank = COMMANDS.bind(json("{\"phone\":\" \"}"), Callback.class);
        assertTrue(blank.isValid(), "its fields are CallbackInput's to judge");
        assertNull(blank.command().toRecord(device(), "clerk", Instant.EPOCH).phone());
    }

    @Test
    void theDeviceRulesNameTheirField() {
        NumberBlock block = new NumberBlock("u", "l", "K", 500, 549, "d", Instant.EPOCH, null);
        assertTrue(NumberOfTheDevicePolicy.evaluate("K549", block).isEmpty());
        FieldError outside = NumberOfTheDevicePolicy.evaluate("K499", block).orElseThrow();
        assertEquals("number", outside.field());
        assertEquals(List.of("K500", "K549"), outside.message().arguments());
        assertEquals(
                "disruption.offline.serviceOfAnotherUnit",
                ServiceOfTheDevicePolicy.evaluate("kfz", Optional.of("kfz-unit"), "u")
                        .orElseThrow()
                        .message()
                        .key());
        assertTrue(ServiceOfTheDevicePolicy.evaluate("x", Optional.empty(), "u").isPresent());
        assertTrue(ServiceOfTheDevicePolicy.evaluate("x", Optional.of("u"), "u").isEmpty());
        Instant now = Instant.parse("2026-12-07T09:00:00Z");
        assertTrue(ActionTimePolicy.evaluate(now.plusSeconds(299), now).isEmpty());
        assertEquals(
                "disruption.offline.atAhead",
                ActionTimePolicy.evaluate(now.plusSeconds(301), now).orElseThrow().message().key());
        assertEquals(
                "disruption.offline.atTooOld",
                ActionTimePolicy.evaluate(now.minusSeconds(8 * 86400), now)
                        .orElseThrow()
                        .message()
                        .key());
    }

    private static OfflineDevices.Device device() {
        return new OfflineDevices.Device("d", "Laptop", "u", "l", "K", null, null, null, null);
    }

    /** The first error's key per field. */
    private static Map<String, String> errors(Class<?> type, String body) {
        Bound<?> bound = COMMANDS.bind(json(body), type);
        assertNotNull(bound.command(), "a wrongly typed member is bound as absent");
        Map<String, String> keys = new TreeMap<>();
        bound.errors().forEach(e -> keys.putIfAbsent(e.field(), e.message().key()));
        return keys;
    }

    private static JsonObject json(String body) {
        try (var reader = JsonObjects.reader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
