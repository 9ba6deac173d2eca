package org.helpline.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, without a browser: the authorization code flow step by step over HTTP,
 * following no redirect by itself, so that a test can stop at the provider's answer and send it
 * twice. Helpline is addressed at 127.0.0.1, as the test provider accepts no {@code localhost}.
 */
final class CodeFlow {

    private static final Pattern PROVIDER_LINK = Pattern.compile("id=\"sso-continue\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String app;

    CodeFlow(int port) {
        this.app = "http://127.0.0.1:" + port;
    }

    String app() {
        return app;
    }

    /** The e-mail step; answers Helpline's redirect (to the provider, or back to the sign-in page). */
    HttpResponse<String> enterEmail(String email) {
        var login = get(app + "/login");
        return post(app + "/login/email", Map.of("username", email, "_csrf", csrf(login.body())));
    }

    /** From the e-mail step to the provider's redirect back to Helpline, signing in there as {@code username}. */
    URI toCallback(String email, String username) {
        var response = enterEmail(email);
        assertThat(location(response)).as("the page that leads to the provider").contains("/login/provider/");
        var link = PROVIDER_LINK.matcher(get(location(response)).body());
        assertThat(link.find()).isTrue();
        response = get(link.group(1).replace("&amp;", "&"));
        assertThat(location(response)).as("the provider's authorize endpoint").contains("/oauth2/authorize");
        assertThat(location(response)).contains("code_challenge=", "nonce=", "state=", "login_hint=");
        response = get(location(response));
        if (location(response).endsWith("/login")) {
            var form = get(location(response));
            response = post(
                    location(response), Map.of("username", username, "password", "demo", "_csrf", csrf(form.body())));
            response = get(location(response));
        }
        var callback = location(response);
        assertThat(callback).as("back at Helpline").startsWith(app + "/login/oauth2/code/");
        return URI.create(callback);
    }

    /** Where Helpline sends the browser after the provider's answer. */
    String finish(URI callback) {
        return location(get(callback.toString()));
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(resolve(url))
                .header("Accept-Language", "en")
                .GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        var body = new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(entry ->
                                entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The absolute redirect target of the response. */
    String location(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isBetween(300, 399);
        return response.uri()
                .resolve(response.headers().firstValue("Location").orElseThrow())
                .toString();
    }

    static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in " + page).isTrue();
        return matcher.group(1);
    }

    private URI resolve(String url) {
        return URI.create(app).resolve(url);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
