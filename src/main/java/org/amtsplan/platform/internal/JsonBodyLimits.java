package org.amtsplan.platform.internal;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.amtsplan.platform.JsonLimits;

/**
 * Every JSON request body passes {@link JsonLimits} before JSON-B, JSON-P or a resource method sees
 * it, so size, depth, huge numbers, nulls in lists and control characters are refused the same way
 * on every operation and before any permission-dependent parsing. A command that is missing or
 * {@code null} is 422 rather than a null argument; bodies read as text (optional bodies, rules) may
 * be left out and are checked by their own parser.
 */
@Provider
public class JsonBodyLimits implements ReaderInterceptor {

  /** How much of an oversized body is read and thrown away before answering 413. */
  static final long DRAIN_LIMIT = 32L * 1024 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    boolean json =
        type != null
            && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    boolean text = context.getType() == String.class;
    if (!json && !(text && type == null)) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), JsonLimits.MAX_BYTES);
    if (json || looksLikeJson(body)) {
      JsonLimits.check(new String(body, StandardCharsets.UTF_8));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    Object read = context.proceed();
    boolean optional = text || context.getType() == byte[].class || InputStream.class.isAssignableFrom(context.getType());
    if ((read == null || read == JsonValue.NULL) && !optional) {
      throw JsonLimits.bodyRequired();
    }
    return read;
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

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
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
      throw JsonLimits.tooLarge();
    }
    return body;
  }
}
