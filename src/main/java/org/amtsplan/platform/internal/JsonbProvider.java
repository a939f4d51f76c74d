package org.amtsplan.platform.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B settings for every resource: absent values are left out rather than written as null, and
 * dates, times and instants are read by {@link CityDateDeserializers}, and a {@link
 * org.amtsplan.platform.Message} in a view is written as its text in the answer's language.
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB =
            JsonbBuilder.create(
                    new JsonbConfig()
                            .withNullValues(false)
                            .withEncoding("UTF-8")
                            .withDeserializers(CityDateDeserializers.all())
                            .withSerializers(new MessageSerializer()));

    /** The same settings outside a request (commands bound one by one from a batch). */
    static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
