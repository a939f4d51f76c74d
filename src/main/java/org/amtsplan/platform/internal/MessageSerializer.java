package org.amtsplan.platform.internal;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.Messages;

/**
 * Writes a {@link Message} in a view as its text in the answer's language ({@link AnswerLanguage}):
 * views may carry keys, the reader gets one sentence in one language.
 */
final class MessageSerializer implements JsonbSerializer<Message> {

    @Override
    public void serialize(Message message, JsonGenerator generator, SerializationContext context) {
        generator.write(Messages.text(message, AnswerLanguage.current()));
    }
}
