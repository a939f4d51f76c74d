package org.amtsplan.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Talks to a deployed Amtsplan over HTTP like any client would. Built from the URL Arquillian
 * reports; only its port is used, because Arquillian names the machine's external address and
 * Amtsplan always lives at the root context.
 */
public final class ApiClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    private ApiClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static ApiClient at(URL deploymentUrl) {
        return new ApiClient(URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/"), null);
    }

    /** The same client, sending HTTP Basic credentials with every request. */
    public ApiClient as(String username, String password) {
        String token =
                Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(base, "Basic " + token);
    }

    public ApiClient anonymous() {
        return new ApiClient(base, null);
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /**
     * POSTs JSON. An anonymous booking, hold or certificate request carries a newly solved
     * proof-of-work, as the citizen's browser would send it (unless the caller sends its own
     * X-Proof-Of-Work).
     */
    public Reply post(String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        boolean ownProof = java.util.Arrays.asList(headers).contains("X-Proof-Of-Work");
        if (authorization == null
                && !ownProof
                && (path.startsWith("/api/appointments")
                                && path.indexOf('/', "/api/appointments".length()) < 0
                        || path.startsWith("/api/holds")
                        || path.equals("/api/registry/certificate-requests"))) {
            request.header("X-Proof-Of-Work", solvedChallenge());
        }
        return send(
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** Fetches a proof-of-work challenge and solves it: {@code <challenge>:<nonce>}. */
    public String solvedChallenge() {
        jakarta.json.JsonObject challenge = get("/api/challenges").json();
        return solve(challenge.getString("challenge"), challenge.getInt("difficulty"));
    }

    public static String solve(String challenge, int difficulty) {
        return firstNonce(challenge, "", bits -> bits >= difficulty);
    }

    /** A wrong answer to the challenge, for tests that must be refused. */
    public static String unsolved(String challenge, int difficulty) {
        return firstNonce(challenge, "wrong", bits -> bits < difficulty);
    }

    private static String firstNonce(
            String challenge, String prefix, java.util.function.IntPredicate wanted) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (long nonce = 0; ; nonce++) {
                String candidate = challenge + ":" + prefix + nonce;
                if (wanted.test(
                        leadingZeroBits(sha.digest(candidate.getBytes(StandardCharsets.UTF_8))))) {
                    return candidate;
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b != 0) {
                return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    public Reply postText(String path, String body, String contentType, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, String jsonBody, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(
                                base.resolve(path.startsWith("/") ? path.substring(1) : path))
                        .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as text and, on demand, as JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + contentType() + " " + body();
        }
    }
}
