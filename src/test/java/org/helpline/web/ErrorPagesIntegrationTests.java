package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser never sees a JSON error: what Spring refuses before or instead of a page (a parameter of
 * the wrong type, a method the address does not take, an address nothing serves) is the error page
 * in the layout, with the signed-in navigation and in the reader's language, over real HTTP (MockMvc
 * does not forward to the error path). API clients keep problem details.
 */
@HelplineIntegrationTest
class ErrorPagesIntegrationTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{1} as {0}: {2}")
    @CsvSource({
        "admin@contoso.example, /requests?page=abc, 400, Nie możemy tego przyjąć",
        "agent@helpline.example, /workspace/queue?severity=Z, 400, Nie możemy tego przyjąć",
        "agent@helpline.example, /workspace/requests/not-an-id, 400, Nie możemy tego przyjąć",
        "agent@helpline.example, /account/password, 405, Tej strony nie można otworzyć w ten sposób",
        "agent@helpline.example, /no/such/page, 404, Nie znaleźliśmy tego",
        "agent@helpline.example, /admin/users, 403, Nie masz uprawnień do tej czynności",
        "orgadmin@helpline.example, /workspace/queue, 403, Nie masz uprawnień do tej czynności"
    })
    void aBrowserGetsTheErrorPageInTheLayoutAndItsLanguage(String login, String path, int status, String heading) {
        var page = PageSession.signIn(port, login).get(path, BROWSER, "pl");

        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(contentType(page)).startsWith("text/html");
        assertThat(page.body())
                .contains("<html lang=\"pl\"", heading, "id=\"site-nav\"", "id=\"main\"", "data-nav-link")
                .contains("action=\"/logout\"")
                .doesNotContain("\"status\":", "Failed to convert", "Method 'GET'");
    }

    @Test
    void theErrorPageSpeaksTheLanguageOfTheReaderAndMarksNoLinkOfAnotherPage() {
        var page = PageSession.signIn(port, "agent@helpline.example").get("/no/such/page", BROWSER, "zh-CN");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("找不到该内容", "返回主页").doesNotContain("aria-current=\"page\"");
    }

    @Test
    void aClientThatAsksForJsonGetsAProblemDetail() {
        var session = PageSession.signIn(port, "agent@helpline.example");

        var missing = session.get("/no/such/page", "application/json", "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(contentType(missing)).startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"type\":\"https://helpline.example/problems/not-found\"");

        var method = session.get("/account/password", "application/json", "en");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.body()).contains("/problems/method-not-allowed");
    }

    @Test
    void anApiAddressNothingServesIsAProblemDetail() {
        var missing = ApiClient.as(port, "orgadmin@helpline.example").get("/api/v1/no-such-thing");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("type").asString()).endsWith("/not-found");
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
