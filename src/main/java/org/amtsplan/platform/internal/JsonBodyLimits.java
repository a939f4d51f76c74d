package org.amtsplan.platform.internal;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonLimits;
import org.amtsplan.platform.JsonRulesPerItem;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;

/**
 * Every JSON request body passes {@link JsonLimits} before anything reads it: this filter runs
 * after authentication and before the access filter, which itself reads some bodies to find the
 * unit a request acts on. So size, depth, huge numbers, nulls in lists and control characters are
 * refused the same way on every operation and for every caller, before any permission-dependent
 * parsing. When the body is bound, a command that is missing or {@code null} is 422 rather than a
 * null argument; bodies read as text (optional bodies, rules) may be left out.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class JsonBodyLimits implements ContainerRequestFilter, ReaderInterceptor {

    /** How much of an oversized body is read and thrown away before answering 413. */
    static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        MediaType type = request.getMediaType();
        if (!isJson(type) && type != null) {
            return; // CSV uploads and other formats have their own readers and checks
        }
        JsonRulesPerItem perItem = perItem();
        try {
            byte[] body = readAtMost(request.getEntityStream(), JsonLimits.MAX_BYTES, perItem);
            if (perItem != null) {
                JsonLimits.checkStructure(new String(body, StandardCharsets.UTF_8));
            } else if (isJson(type) || looksLikeJson(body)) {
                JsonLimits.check(new String(body, StandardCharsets.UTF_8));
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (ProblemException refused) {
            request.abortWith(ProblemResponses.of(refused, Languages.of(request)));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean text = context.getType() == String.class;
        Object read;
        if (isJson(context.getMediaType()) && context.getInputStream() != null) {
            byte[] body = context.getInputStream().readAllBytes();
            context.setInputStream(new ByteArrayInputStream(body));
            try {
                read = context.proceed();
            } catch (RuntimeException unbound) {
                // a malformed date or an unknown enum word: 422 naming the field, in place of
                // JSON-B's bare failure
                List<FieldError> mismatches =
                        TypedFields.mismatches(
                                context.getGenericType(), new String(body, StandardCharsets.UTF_8));
                if (!mismatches.isEmpty() && MalformedJsonMapper.isJsonInputProblem(unbound)) {
                    throw ProblemException.invalid(mismatches);
                }
                throw unbound;
            }
        } else {
            read = context.proceed();
        }
        boolean optional =
                text
                        || context.getType() == byte[].class
                        || InputStream.class.isAssignableFrom(context.getType());
        if ((read == null || read == JsonValue.NULL)
                && !optional
                && isJson(context.getMediaType())) {
            throw JsonLimits.bodyRequired();
        }
        return read;
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return false;
    }

    /** The matched method's wish to judge its items one by one, if it has one. */
    private JsonRulesPerItem perItem() {
        try {
            return resource == null || resource.getResourceMethod() == null
                    ? null
                    : resource.getResourceMethod().getAnnotation(JsonRulesPerItem.class);
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    private static byte[] readAtMost(InputStream in, int limit, JsonRulesPerItem perItem)
            throws IOException {
        if (in == null) {
            return new byte[0];
        }
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            // read the rest (up to a bound) so the client, still sending, gets to read the 413
            long drained = 0;
            byte[] sink = new byte[64 * 1024];
            for (int n; drained < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
                drained += n;
            }
            if (perItem == null) {
                throw JsonLimits.tooLarge();
            }
            // the sender splits its list: say how many of its first items fit at once
            int fitting = JsonLimits.completeItems(java.util.Arrays.copyOf(body, limit));
            throw ProblemException.of(
                            413,
                            "urn:amtsplan:problem:too-large",
                            "platform.bodyTooLargeItems",
                            fitting)
                    .with("fittingItems", fitting)
                    .with("maxItems", perItem.maxItems())
                    .with("maxBytes", limit);
        }
        return body;
    }
}
