package org.amtsplan.platform;

import java.util.Arrays;
import java.util.List;

/**
 * A text people read, held as a key into its module's message bundle and the values it names. It is
 * rendered in the request's language only when the answer is written ({@link Messages}), so a use
 * case never decides the language. An argument that is itself a message is rendered in the same
 * language.
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /**
     * A value people read that exists in both languages, such as a service's name: rendered in the
     * message's language.
     */
    public record Localized(String german, String english) {
        public String in(String language) {
            return Languages.ENGLISH.equals(language) && english != null ? english : german;
        }
    }

    /** The German text, for logs and for callers that still store a message as text. */
    @Override
    public String toString() {
        return Messages.text(this, Languages.GERMAN);
    }
}
