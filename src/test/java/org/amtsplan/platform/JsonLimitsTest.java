package org.amtsplan.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    @Test
    void ordinaryBodiesPass() {
        assertDoesNotThrow(
                () ->
                        JsonLimits.check(
                                "{\"slotMinutes\":15,\"weekly\":[{\"day\":\"MONDAY\",\"from\":\"08:00\",\"counters\":2}]}"));
        assertDoesNotThrow(
                () ->
                        JsonLimits.check(
                                "{\"name\":\"Şükrü Öztürk 🏛️\",\"notes\":\"zwei\\nZeilen\\tmit Tab\",\"share\":0.25,\"n\":-3e2}"));
        assertDoesNotThrow(() -> JsonLimits.check(""));
    }

    @Test
    void deepNestingIs400WithoutOverflowingTheStack() {
        ProblemException deep =
                assertThrows(
                        ProblemException.class,
                        () -> JsonLimits.check("[".repeat(100_000) + "]".repeat(100_000)));
        assertEquals(400, deep.status());
        assertDoesNotThrow(
                () ->
                        JsonLimits.check(
                                "[".repeat(JsonLimits.MAX_DEPTH)
                                        + "]".repeat(JsonLimits.MAX_DEPTH)));
    }

    @Test
    void hugeNumbersAndStringsAre422NamingTheField() {
        assertEquals(
                List.of(new FieldError("weekly[1].counters", "platform.validation.numberTooLarge")),
                refused("{\"weekly\":[{\"counters\":1},{\"counters\":" + "9".repeat(5000) + "}]}")
                        .errors());
        assertEquals("share", refused("{\"share\":1e999999999}").errors().get(0).field());
        assertEquals(
                "name",
                refused("{\"name\":\"" + "x".repeat(JsonLimits.MAX_STRING_CHARS + 1) + "\"}")
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void nullInsideAListIs422NamingTheElement() {
        assertEquals(
                "locations[1]",
                refused("{\"locations\":[\"a\",null],\"units\":[]}").errors().get(0).field());
        assertEquals("[0]", refused("[null]").errors().get(0).field());
        assertDoesNotThrow(
                () -> JsonLimits.check("{\"email\":null}"),
                "a null member is an absent value, not an element");
    }

    @Test
    void controlCharactersAre422AndLineBreaksOnlyInFreeText() {
        assertEquals("name", refused("{\"name\":\"Eva\\u0000\"}").errors().get(0).field());
        assertEquals(
                "walkIn.name",
                refused("{\"walkIn\":{\"name\":\"zwei\\nZeilen\"}}").errors().get(0).field());
        assertEquals("name", refused("{\"name\":\"C1\\u0085\"}").errors().get(0).field());
        assertEquals("notes", refused("{\"notes\":\"Glocke\\u0007\"}").errors().get(0).field());
        assertDoesNotThrow(() -> JsonLimits.check("{\"notes\":\"zwei\\r\\nZeilen\"}"));
    }

    @Test
    void notJsonIs400AndTooLargeIs413() {
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> JsonLimits.check("{\"a\":")).status());
        assertEquals(
                413,
                assertThrows(
                                ProblemException.class,
                                () -> JsonLimits.check(" ".repeat(JsonLimits.MAX_BYTES + 1) + "{}"))
                        .status());
    }

    @Test
    void itemsJudgedOneByOneLeaveTheTextRulesToEachItem() {
        String body = "{\"actions\":[{\"name\":\"a\\tb\"},{\"name\":\"ok\"}]}";
        assertDoesNotThrow(() -> JsonLimits.checkStructure(body));
        assertEquals(
                List.of("name"),
                JsonLimits.errors("{\"name\":\"a\\tb\"}").stream().map(FieldError::field).toList());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> JsonLimits.checkStructure("{\"a\":"))
                        .status());
    }

    @Test
    void aTruncatedListSaysHowManyOfItsFirstItemsFit() {
        byte[] cut = "{\"actions\":[{\"a\":1},{\"b\":[2,3]},{\"c\":\"x".getBytes();
        assertEquals(2, JsonLimits.completeItems(cut));
        assertEquals(0, JsonLimits.completeItems("{\"actions\":[{\"a\"".getBytes()));
    }

    private static ProblemException refused(String body) {
        ProblemException problem =
                assertThrows(ProblemException.class, () -> JsonLimits.check(body));
        assertEquals(422, problem.status(), problem.errors().toString());
        return problem;
    }
}
