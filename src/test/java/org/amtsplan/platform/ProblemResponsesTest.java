package org.amtsplan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private static JsonObject document(ProblemException problem, String language) {
        return Json.createObjectBuilder(ProblemResponses.document(problem, language)).build();
    }

    @Test
    void aValidationProblemSpeaksOneLanguageWithTheFieldsLabel() {
        ProblemException problem =
                ProblemException.invalid(
                        List.of(new FieldError("body", "platform.validation.required")));

        JsonObject german = document(problem, Languages.GERMAN);
        assertEquals("Eingaben nicht verarbeitbar", german.getString("title"));
        assertEquals("Die Eingaben sind nicht gültig.", german.getString("detail"));
        assertEquals(
                "Angaben: fehlt",
                german.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("body", german.getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject english = document(problem, Languages.ENGLISH);
        assertEquals("Unprocessable Content", english.getString("title"));
        assertEquals("The input is not valid.", english.getString("detail"));
        assertEquals(
                "Body: is required",
                english.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertFalse(english.toString().contains("fehlt"));
    }

    @Test
    void argumentsAreWrittenAsGivenAndNotAsLocalisedNumbers() {
        assertEquals(
                "Jahr zwischen 1900 und 2200",
                Messages.text(Languages.GERMAN, "platform.validation.year", 1900, 2200));
        assertEquals(
                "year between 1900 and 2200",
                Messages.text(Languages.ENGLISH, "platform.validation.year", 1900, 2200));
    }

    @Test
    void aFieldWithoutALabelIsNamedByItsPath() {
        assertEquals(
                "weekly[0].nothing",
                Messages.label("weekly[0].nothing", "platform", Languages.GERMAN));
    }
}
