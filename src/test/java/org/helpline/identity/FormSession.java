package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
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

/** A browser over real HTTP: its own cookies, the sign-in form and forms with their CSRF token. */
final class FormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private final int port;
    private final String agent;
    private String clientAddress;

    private FormSession(int port, String agent) {
        this.port = port;
        this.agent = agent;
    }

    /**
     * Sends as a client at {@code address} behind the loopback proxy (X-Forwarded-For), so that the
     * failures a test provokes do not count against the address every other test signs in from.
     */
    FormSession from(String address) {
        this.clientAddress = address;
        return this;
    }

    static FormSession on(int port) {
        return new FormSession(port, FIREFOX);
    }

    static FormSession on(int port, String agent) {
        return new FormSession(port, agent);
    }

    /** Signs in through the form and fails the test if the form refuses. */
    FormSession signIn(String login, String password) {
        var response = tryToSignIn(login, password);
        assertThat(response.headers().firstValue("Location"))
                .as("the sign-in succeeded")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return this;
    }

    HttpResponse<String> tryToSignIn(String login, String password) {
        return post("/login", "/login", Map.of("username", login, "password", password));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET as htmx sends it for a fragment. */
    HttpResponse<String> getFragment(String path) {
        return send(request(path).header("HX-Request", "true").GET());
    }

    /** The value of the browser's cookie of this name, if it has one. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Posts a form with the CSRF token of the page at {@code formPage}, as a browser does. */
    HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
        var page = get(formPage).body();
        var matcher = CSRF.matcher(page);
        var all = new LinkedHashMap<>(fields);
        if (matcher.find()) {
            all.put("_csrf", matcher.group(1));
        }
        var body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Whether the session still reads the page: 200, where a signed-out browser is sent to sign in. */
    boolean reads(String path) {
        var response = get(path);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("/login"));
            return false;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return true;
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en")
                .header("User-Agent", agent);
        return clientAddress == null ? request : request.header("X-Forwarded-For", clientAddress);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
