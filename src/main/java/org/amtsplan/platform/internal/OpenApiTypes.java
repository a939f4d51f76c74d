package org.amtsplan.platform.internal;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Corrects what Payara's scanner writes for types JSON-B writes as strings: it describes {@code
 * java.time} fields as objects, even where {@code @Schema(type = STRING)} says otherwise, and a
 * {@link org.amtsplan.platform.Message} (a history detail, a refusal reason) as an object with a
 * key and arguments, which {@code MessageSerializer} writes as text. Registered as {@code
 * mp.openapi.filter}.
 */
public class OpenApiTypes implements OASFilter {

    /** Formats of values written as strings: dates, date-times, times of day. */
    static final Set<String> STRING_FORMATS = Set.of("date", "date-time", "HH:mm");

    static final String MESSAGE = "Message";

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getFormat() != null
                && STRING_FORMATS.contains(schema.getFormat())
                && schema.getType() != SchemaType.STRING) {
            schema.setType(SchemaType.STRING);
            schema.setProperties(null);
        }
        if (schema.getRef() != null && schema.getRef().endsWith("/" + MESSAGE)) {
            schema.setRef(null);
            schema.setType(SchemaType.STRING);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema property : schema.getProperties().values()) {
                if (isMessage(property)) {
                    property.setRef(null);
                    property.setType(SchemaType.STRING);
                    property.setProperties(null);
                }
            }
        }
        if (schemas.containsKey(MESSAGE)) {
            api.getComponents().removeSchema(MESSAGE);
        }
    }

    /** A message as the scanner sees it: a reference to it, or its two fields inline. */
    private static boolean isMessage(Schema property) {
        if (property.getRef() != null) {
            return property.getRef().endsWith("/" + MESSAGE);
        }
        return property.getProperties() != null
                && property.getProperties().keySet().equals(Set.of("key", "arguments"));
    }
}
