package org.amtsplan.platform;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * Binds one JSON object to a command record and validates it, for commands that arrive inside a
 * larger document (a batch of offline actions) and so are judged one by one rather than as a
 * request body. The same rules as for a body: JSON-B with the city's dates, Bean Validation with
 * the fields named and the texts chosen as a 422 names and chooses them. A member of the wrong JSON
 * type (text where a number belongs, a number where a list belongs) is a field error, bound as
 * absent, never an exception.
 */
public interface TypedCommands {

    <T> Bound<T> bind(JsonObject json, Class<T> type);

    /**
     * The command (null only when the object could not be bound at all) and every field error,
     * empty when it is valid.
     */
    record Bound<T>(T command, List<FieldError> errors) {

        public boolean isValid() {
            return command != null && errors.isEmpty();
        }

        public boolean hasErrorOn(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public List<FieldError> errorsOn(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).toList();
        }
    }
}
