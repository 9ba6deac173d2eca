package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.helpline.HelplineApplication;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Form sign-in with CSRF over real HTTP; the session lives in the database, so a second node on
 * the same database serves the same signed-in user.
 */
@HelplineIntegrationTest
class SessionsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionStartedOnOneNodeIsHonouredByAnother() throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).build();
        signIn(http, port, "admin@contoso.example");

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'admin@contoso.example'")
                        .query(Long.class)
                        .single())
                .isPositive();

        try (var secondNode = new SpringApplicationBuilder(HelplineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--helpline.demo-data=true")) {
            int otherPort = secondNode.getEnvironment().getProperty("local.server.port", Integer.class);
            var page = get(http, otherPort, "/support");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("+48 22 123 45 67");
        }
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        get(http, port, "/login");
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin%40contoso.example&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        var http = HttpClient.newHttpClient();
        var login = get(http, port, "/login");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    private static void signIn(HttpClient http, int port, String login) throws Exception {
        var form = get(http, port, "/login");
        var matcher = CSRF.matcher(form.body());
        assertThat(matcher.find()).as("the sign-in form carries a CSRF token").isTrue();
        var body = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "pl")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
