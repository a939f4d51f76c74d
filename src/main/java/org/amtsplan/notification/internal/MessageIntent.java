package org.amtsplan.notification.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.scheduling.api.AppointmentFacts;
import org.amtsplan.scheduling.api.AppointmentStatus;

/**
 * What the outbox stores: which message to write about which appointment, with the appointment's
 * facts as its event told them. The mail is rendered from this when it is sent. Stored as JSON with
 * a format version, written and read here field by field, so that a row written today can still be
 * read after the event records have changed.
 */
record MessageIntent(MessageKind kind, AppointmentFacts appointment) {

    static final int FORMAT = 1;

    String toJson() {
        AppointmentFacts a = appointment;
        JsonArrayBuilder services = JsonObjects.arrayBuilder();
        for (AppointmentFacts.BookedService service : a.services()) {
            JsonArrayBuilder documents = JsonObjects.arrayBuilder();
            service.documents().forEach(documents::add);
            JsonObjectBuilder entry = JsonObjects.objectBuilder();
            put(entry, "id", service.id());
            put(entry, "name", service.name());
            services.add(entry.add("documents", documents));
        }
        JsonObjectBuilder facts = JsonObjects.objectBuilder();
        put(facts, "code", a.code());
        put(facts, "accessToken", a.accessToken());
        put(facts, "unit", a.unit());
        put(facts, "status", a.status() == null ? null : a.status().name());
        facts.add("services", services);
        put(facts, "location", a.location());
        put(facts, "locationName", a.locationName());
        put(facts, "locationAddress", a.locationAddress());
        put(facts, "start", text(a.start()));
        put(facts, "end", text(a.end()));
        put(facts, "createdAt", a.createdAt() == null ? null : a.createdAt().toString());
        put(facts, "name", a.name());
        put(facts, "email", a.email());
        put(facts, "phone", a.phone());
        put(facts, "language", a.language());
        put(facts, "disruption", a.disruption());
        put(facts, "replacementStart", text(a.replacementStart()));
        facts.add("revision", a.revision());
        return JsonObjects.objectBuilder()
                .add("format", FORMAT)
                .add("kind", kind.name())
                .add("appointment", facts)
                .build()
                .toString();
    }

    static MessageIntent fromJson(String json) {
        JsonObject root;
        try (var reader = JsonObjects.reader(new StringReader(json))) {
            root = reader.readObject();
        }
        if (root.getInt("format") != FORMAT) {
            throw new IllegalArgumentException("unknown outbox format " + root.getInt("format"));
        }
        JsonObject f = root.getJsonObject("appointment");
        var services =
                f.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                        .map(
                                s ->
                                        new AppointmentFacts.BookedService(
                                                get(s, "id"),
                                                get(s, "name"),
                                                s
                                                        .getJsonArray("documents")
                                                        .getValuesAs(jakarta.json.JsonString.class)
                                                        .stream()
                                                        .map(jakarta.json.JsonString::getString)
                                                        .toList()))
                        .toList();
        String status = get(f, "status");
        String createdAt = get(f, "createdAt");
        AppointmentFacts facts =
                new AppointmentFacts(
                        get(f, "code"),
                        get(f, "accessToken"),
                        get(f, "unit"),
                        status == null ? null : AppointmentStatus.valueOf(status),
                        services,
                        get(f, "location"),
                        get(f, "locationName"),
                        get(f, "locationAddress"),
                        time(get(f, "start")),
                        time(get(f, "end")),
                        createdAt == null ? null : Instant.parse(createdAt),
                        get(f, "name"),
                        get(f, "email"),
                        get(f, "phone"),
                        get(f, "language"),
                        get(f, "disruption"),
                        time(get(f, "replacementStart")),
                        // intents stored before revisions were kept: a never-moved appointment
                        f.getInt("revision", 0));
        return new MessageIntent(MessageKind.valueOf(root.getString("kind")), facts);
    }

    private static void put(JsonObjectBuilder builder, String key, String value) {
        if (value == null) {
            builder.addNull(key);
        } else {
            builder.add(key, value);
        }
    }

    private static String get(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null
                : object.getString(key);
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }

    private static OffsetDateTime time(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }
}
