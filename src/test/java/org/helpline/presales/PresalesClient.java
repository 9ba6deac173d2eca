package org.helpline.presales;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends presales inquiries to a running application without signing in, as a client at {@code
 * clientAddress}: the application believes X-Forwarded-For from loopback (Tomcat's RemoteIpValve),
 * so each test counts against its own client limit.
 */
record PresalesClient(int port, String clientAddress) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A client address of the documentation range 198.18.0.0/15 that no other test uses. */
    static String newClientAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "198.18." + ((random >>> 8) & 0xff) + "." + (random & 0xff);
    }

    record Answer(int status, String body, String retryAfter) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A valid inquiry from {@code email} that the overrides change (a null value removes the field). */
    static Map<String, Object> inquiry(String email, Map<String, Object> overrides) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Anna Nowak");
        body.put("company", "Tailspin Toys");
        body.put("email", email);
        body.put("phone", "22 123 45 67");
        body.put("country", "PL");
        body.put("topic", "pricing-licensing");
        body.put("question", "How are licences priced for 40 people?\nWe also need a trial.");
        body.put("language", "pl");
        overrides.forEach((key, value) -> {
            if (value == null) {
                body.remove(key);
            } else {
                body.put(key, value);
            }
        });
        return body;
    }

    Answer send(Map<String, Object> body) {
        return send(body, null);
    }

    Answer send(Map<String, Object> body, String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/presales-inquiries"))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
