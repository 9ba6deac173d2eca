package org.helpline.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.helpline.notify.DeliveryFailedException;
import org.helpline.notify.TextMessage;
import org.helpline.notify.TextMessageGateway;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each text message as JSON {@code {"to": "+48...", "text": "..."}} to the provider's URL
 * with {@code Authorization: Bearer <token>}. A 2xx answer means accepted; 4xx (except 408 and
 * 429) is permanent; anything else, including no answer, is retried.
 */
class HttpTextGateway implements TextMessageGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI url;
    private final String token;
    private final Duration timeout;

    HttpTextGateway(URI url, String token, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.url = url;
        this.token = token;
        this.timeout = timeout;
    }

    @Override
    public void send(TextMessage message) {
        var body = JSON.writeValueAsString(Map.of("to", message.to(), "text", message.body()));
        var request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryFailedException("text gateway unreachable: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while sending", false, e);
        }
        if (status / 100 == 2) {
            return;
        }
        var permanent = status / 100 == 4 && status != 408 && status != 429;
        throw new DeliveryFailedException("text gateway answered HTTP " + status, permanent);
    }
}
