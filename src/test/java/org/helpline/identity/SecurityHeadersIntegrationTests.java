package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The headers of pages and JSON over real HTTP, directly and behind a TLS proxy that forwards
 * {@code X-Forwarded-Proto: https} from a trusted address (the tests call from loopback).
 */
@HelplineIntegrationTest
class SecurityHeadersIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void behindATrustedTlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var page = get("/login", Map.of("X-Forwarded-Proto", "https"));

        assertThat(sessionCookie(page)).containsIgnoringCase("; Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void overPlainHttpTheCookieIsNotSecureAndNoHstsIsSent() throws Exception {
        var page = get("/login", Map.of());

        assertThat(sessionCookie(page)).doesNotContainIgnoringCase("secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void forwardedHeadersAreBelievedFromLoopbackAndPrivateNetworksOnly() throws Exception {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var valve = Arrays.stream(tomcat.getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Tomcat reads no forwarded headers"));
        var proxies = NetMaskSet.parse(valve.getInternalProxies());

        assertThat(valve.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
        assertThat(proxies.contains("127.0.0.1")).isTrue();
        assertThat(proxies.contains("10.1.2.3")).isTrue();
        assertThat(proxies.contains("203.0.113.7")).as("a public address").isFalse();
    }

    @Test
    void pagesRunOnlyScriptsAndStylesFromFiles() throws Exception {
        var page = policy("/login");

        assertThat(page.get("script-src")).isEqualTo("'self'");
        assertThat(page.get("style-src")).isEqualTo("'self'");
        assertThat(page).containsEntry("frame-ancestors", "'none'").containsEntry("object-src", "'none'");
    }

    @Test
    void onlyTheApiExplorerMayStyleInline() throws Exception {
        var explorer = policy("/swagger-ui/index.html");

        assertThat(explorer.get("script-src")).isEqualTo("'self'");
        assertThat(explorer.get("style-src")).isEqualTo("'self' 'unsafe-inline'");
    }

    @Test
    void jsonAnswersMayLoadNothingAndSendNoReferrer() throws Exception {
        var credentials =
                Base64.getEncoder().encodeToString("admin@contoso.example:demo".getBytes(StandardCharsets.UTF_8));
        var signedIn = get("/api/v1/requests", Map.of("Authorization", "Basic " + credentials));
        var anonymous = get("/api/v1/requests", Map.of());

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        for (var response : List.of(signedIn, anonymous)) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .contains("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> policy(String path) throws Exception {
        var response = get(path, Map.of());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        var policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .collect(Collectors.toMap(
                        directive -> directive.split(" ")[0],
                        directive -> directive.substring(directive.indexOf(' ') + 1)));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
