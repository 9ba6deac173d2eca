package org.helpline.scim;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A directory calling {@code /scim/v2} with a bearer secret, as Entra ID does (application/scim+json). */
final class ScimClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final int port;
    private final String secret;

    private ScimClient(int port, String secret) {
        this.port = port;
        this.secret = secret;
    }

    static ScimClient with(int port, String secret) {
        return new ScimClient(port, secret);
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response filter(String resources, String filter) {
        return get("/" + resources + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }

    Response post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response patch(String path, String json) {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scim/v2" + path))
                .header("Content-Type", "application/scim+json")
                .header("Accept", "application/scim+json");
        return secret == null ? request : request.header("Authorization", "Bearer " + secret);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
