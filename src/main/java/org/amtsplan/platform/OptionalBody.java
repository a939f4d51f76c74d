package org.amtsplan.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;

/**
 * Reads a request body that may be left out (actions such as "start" or "missed" carry none). A
 * body that is present but not JSON of the expected shape fails as malformed JSON (400); it meets
 * the same {@link JsonLimits} as every other JSON body.
 */
public final class OptionalBody {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private OptionalBody() {}

    public static <T> Optional<T> parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonLimits.check(body);
        return Optional.ofNullable(JSONB.fromJson(body, type));
    }
}
