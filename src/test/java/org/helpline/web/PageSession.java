package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A browser's session with the running application over real HTTP: signed in with the login form
 * (or not at all), with the session's CSRF token, for requests MockMvc cannot make, such as a
 * multipart body that Tomcat itself must take apart.
 */
public final class PageSession {

    static final String CSRF_HEADER = "X-CSRF-TOKEN";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private String csrf;

    private PageSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    /** A session of nobody, with the CSRF token of the login page. */
    static PageSession anonymous(int port) {
        var session = new PageSession(port);
        session.csrf = csrfOf(session.get("/login").body());
        return session;
    }

    /** A session signed in as {@code login} with the demo password. */
    public static PageSession signIn(int port, String login) {
        var session = anonymous(port);
        var signedIn = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                        + "&password=demo&_csrf=" + URLEncoder.encode(session.csrf, StandardCharsets.UTF_8))));
        assertThat(signedIn.headers().firstValue("Location").orElse(""))
                .as("sign-in of %s", login)
                .doesNotContain("error");
        session.csrf = csrfOf(session.get("/account").body());
        return session;
    }

    HttpClient client() {
        return client;
    }

    String csrf() {
        return csrf;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Gets {@code path} as a browser or an API client would: accepting {@code accept}, in {@code language}. */
    public HttpResponse<String> get(String path, String accept, String language) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", accept)
                .header("Accept-Language", language)
                .GET());
    }

    /** Posts {@code body} as {@code contentType}, with the CSRF token in its header, in {@code language}. */
    HttpResponse<String> post(String path, String contentType, String body, String language) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("Accept-Language", language)
                .header(CSRF_HEADER, csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfOf(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
