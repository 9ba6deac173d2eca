package org.helpline.requests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.helpline.ApiClient;
import tools.jackson.databind.JsonNode;

/** The request API as a demo user, with the headers the plain {@link ApiClient} does not send. */
final class RequestApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String login;

    private RequestApi(int port, String login) {
        this.port = port;
        this.login = login;
    }

    static RequestApi as(int port, String login) {
        return new RequestApi(port, login);
    }

    ApiClient.Response get(String path) {
        return send(builder(path, Map.of()).GET());
    }

    ApiClient.Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    ApiClient.Response post(String path, Object body, Map<String, String> headers) {
        var json = body instanceof String text ? text : ApiClient.json(body);
        return send(builder(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Files a request and returns its JSON, failing the test when it was not created. */
    JsonNode file(Object body) {
        var response = post("/api/v1/requests", body);
        if (response.status() != 201) {
            throw new AssertionError("expected 201 but got " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    JsonNode read(String id) {
        var response = get("/api/v1/requests/" + id);
        if (response.status() != 200) {
            throw new AssertionError("expected 200 but got " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    long version(String id) {
        return read(id).get("version").asLong();
    }

    private HttpRequest.Builder builder(String path, Map<String, String> headers) {
        var credentials = Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + credentials);
        headers.forEach(builder::header);
        return builder;
    }

    private static ApiClient.Response send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
