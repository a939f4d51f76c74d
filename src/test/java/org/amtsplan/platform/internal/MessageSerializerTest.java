package org.amtsplan.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageSerializerTest {

    @AfterEach
    void noLanguageLeftBehind() {
        AnswerLanguage.restore(null);
    }

    @Test
    void aMessageInAViewIsWrittenAsTextInTheAnswersLanguage() {
        Message detail = Message.of("scheduling.history.bookedByStaff");
        AnswerLanguage.set(Languages.GERMAN);
        assertEquals("[\"von Mitarbeitenden gebucht\"]", written(detail));
        AnswerLanguage.set(Languages.ENGLISH);
        assertEquals("[\"booked by staff\"]", written(detail));
    }

    @Test
    void outsideARequestTheAnswerIsGerman() {
        assertEquals(
                "[\"Ersatz für K-1\"]",
                written(Message.of("scheduling.history.replacementFor", "K-1")));
    }

    @Test
    void theLanguageBeforeIsRestored() {
        String before = AnswerLanguage.set(Languages.ENGLISH);
        String inner = AnswerLanguage.set(Languages.GERMAN);
        AnswerLanguage.restore(inner);
        assertEquals(Languages.ENGLISH, AnswerLanguage.current());
        AnswerLanguage.restore(before);
        assertEquals(Languages.GERMAN, AnswerLanguage.current());
    }

    private static String written(Message message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JsonProvider.provider().createGenerator(out)) {
            generator.writeStartArray();
            new MessageSerializer().serialize(message, generator, null);
            generator.writeEnd();
        }
        return out.toString();
    }
}
