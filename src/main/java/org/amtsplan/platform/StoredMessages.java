package org.amtsplan.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * A {@link Message} kept with data (a history entry, a note) as its key and its arguments, the
 * arguments as a JSON array of strings, so it is rendered in the reader's language when read rather
 * than in one language when stored. Rows written before texts were stored as keys keep their text,
 * which is shown as it is.
 */
public final class StoredMessages {

    private StoredMessages() {}

    /** The arguments as a JSON array of strings; null when there are none. */
    public static String arguments(Message message) {
        if (message == null || message.arguments().isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JsonObjects.arrayBuilder();
        for (Object argument : message.arguments()) {
            if (argument instanceof Message || argument instanceof Message.Localized) {
                // a nested text would need a language now; store plain values only
                throw new IllegalArgumentException("stored messages take plain arguments");
            }
            array.add(String.valueOf(argument));
        }
        return array.build().toString();
    }

    /**
     * The message stored as {@code key} with {@code arguments} (a JSON array or null); without a
     * key, the text stored before keys ({@code legacyText}, rendered as it is), or null.
     */
    public static Message read(String key, String arguments, String legacyText) {
        if (key == null) {
            return legacyText == null ? null : Message.of(legacyText);
        }
        if (arguments == null || arguments.isBlank()) {
            return Message.of(key);
        }
        try (var reader = JsonObjects.reader(new StringReader(arguments))) {
            JsonArray array = reader.readArray();
            List<Object> values =
                    array.stream()
                            .map(
                                    v ->
                                            v.getValueType() == JsonValue.ValueType.STRING
                                                    ? ((JsonString) v).getString()
                                                    : (Object) v.toString())
                            .toList();
            return new Message(key, values);
        }
    }
}
