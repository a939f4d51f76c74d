package org.amtsplan.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for one Amtsplan instance, anonymous or as a staff account. */
final class Api {

  record Reply(int status, String body) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    JsonArray jsonArray() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    Reply expect(int expected) {
      if (status != expected) {
        throw new IllegalStateException("expected " + expected + " but got " + status + ": " + body);
      }
      return this;
    }
  }

  // one connection pool for every simulated client, as a browser population behind one proxy would use
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  final String base;
  private final String authorization;

  private Api(String base, String authorization) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization = authorization;
  }

  static Api anonymous(String base) {
    return new Api(base, null);
  }

  Api as(String userColonPassword) {
    return new Api(base, "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  Reply post(String path, String json) {
    HttpRequest.Builder request = request(path);
    if (authorization == null && (path.equals("/api/appointments") || path.equals("/api/holds"))) {
      // an anonymous booking solves the server's proof-of-work first, as the citizen's browser does
      request.header("X-Proof-Of-Work", solvedChallenge());
    }
    return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  String solvedChallenge() {
    JsonObject challenge = get("/api/challenges").expect(200).json();
    return solve(challenge.getString("challenge"), challenge.getInt("difficulty"));
  }

  /** {@code <challenge>:<nonce>} whose SHA-256 starts with {@code difficulty} zero bits, as the booking page finds it. */
  static String solve(String challenge, int difficulty) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (long nonce = 0; ; nonce++) {
        String candidate = challenge + ":" + nonce;
        byte[] hash = sha.digest(candidate.getBytes(StandardCharsets.UTF_8));
        int bits = 0;
        for (byte b : hash) {
          if (b != 0) {
            bits += Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            break;
          }
          bits += 8;
        }
        if (bits >= difficulty) {
          return candidate;
        }
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Reply put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
