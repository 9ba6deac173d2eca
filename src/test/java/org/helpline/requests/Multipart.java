package org.helpline.requests;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;

/** A multipart/form-data body built part by part, sent as a demo user to the API. */
final class Multipart {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String boundary = "part-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    static Multipart create() {
        return new Multipart();
    }

    Multipart json(String name, Object value) {
        return part(name, null, "application/json", ApiClient.json(value).getBytes(StandardCharsets.UTF_8));
    }

    Multipart file(String fileName, String contentType, byte[] content) {
        return part("file", fileName, contentType, content);
    }

    Multipart part(String name, String fileName, String contentType, byte[] content) {
        var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + contentType
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ApiClient.Response post(int port, String login, String path) {
        return post(port, login, path, Map.of());
    }

    ApiClient.Response post(int port, String login, String path, Map<String, String> headers) {
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var credentials = Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
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
