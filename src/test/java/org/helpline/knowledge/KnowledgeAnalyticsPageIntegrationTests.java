package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The search analytics page lists each kind of row in its own card. */
@HelplineIntegrationTest
class KnowledgeAnalyticsPageIntegrationTests {

    private static final String CONTOSO_ADMIN = "admin@contoso.example";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void eachCardListsItsRowsWithTheirCounts() throws Exception {
        var nothing = "nothingmatches" + UUID.randomUUID().toString().substring(0, 6);
        search(nothing);
        var articleId =
                search("shared mailbox").get("items").get(0).get("articleId").asString();
        var admin = ApiClient.as(port, CONTOSO_ADMIN);
        admin.post("/api/v1/kb/articles/" + articleId + "/feedback", "{\"helpful\":true}");
        admin.post("/api/v1/kb/suggestions/picks", ApiClient.json(Map.of("articleId", articleId, "query", "shar")));

        var page = mvc.perform(get("/kb/manage/analytics")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var articleLink = "href=\"/kb/articles/" + articleId + "\"";
        assertThat(card(page, "kb-top-queries")).contains("shared mailbox", "text-bg-secondary");
        assertThat(card(page, "kb-no-result-queries")).contains(nothing, "text-bg-warning");
        assertThat(card(page, "kb-suggestion-clicks")).contains(articleLink, "list-group-item");
        assertThat(card(page, "kb-feedback-answers")).contains(articleLink, "text-bg-light");
    }

    private JsonNode search(String query) {
        var response = ApiClient.as(port, CONTOSO_ADMIN)
                .get("/api/v1/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=en");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String card(String page, String id) {
        var start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
