package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Organisation admins extend the shipped synonyms with their own groups, which searches join at once. */
@HelplineIntegrationTest
class SynonymIntegrationTests {

    private static final String ORG_ADMIN = KnowledgeIntegrationTests.ORG_ADMIN;
    private static final String CONTOSO_ADMIN = KnowledgeIntegrationTests.CONTOSO_ADMIN;
    private static final String CONTOSO_USER = KnowledgeIntegrationTests.CONTOSO_USER;
    private static final String MAILBOX = "Skrzynka pocztowa jest pełna";

    @LocalServerPort
    int port;

    @Test
    void anOrganisationAdminsSynonymGroupIsJoinedAtOnceAndDropsWhenRemoved() {
        var word = "mejlbox" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(titles(word)).doesNotContain(MAILBOX);

        var added = ApiClient.as(port, ORG_ADMIN)
                .post(
                        "/api/v1/kb/synonyms",
                        ApiClient.json(Map.of("language", "pl", "words", word + ", skrzynka pocztowa")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(titles(word)).contains(MAILBOX);
        assertThat(ApiClient.as(port, ORG_ADMIN).get("/api/v1/kb/synonyms").body())
                .contains(word);

        var id = added.json().get("id").asString();
        assertThat(ApiClient.as(port, ORG_ADMIN)
                        .delete("/api/v1/kb/synonyms/" + id)
                        .status())
                .isEqualTo(204);
        assertThat(titles(word)).doesNotContain(MAILBOX);
    }

    @Test
    void onlyOrganisationAdminsChangeSynonyms() {
        var body = ApiClient.json(Map.of("language", "pl", "words", "mejl, e-mail"));
        assertThat(ApiClient.as(port, CONTOSO_ADMIN)
                        .post("/api/v1/kb/synonyms", body)
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, CONTOSO_USER).get("/api/v1/kb/synonyms").status())
                .isEqualTo(403);
    }

    @Test
    void aGroupOfOneWordIsRefusedNamingTheField() {
        var response = ApiClient.as(port, ORG_ADMIN)
                .post("/api/v1/kb/synonyms", ApiClient.json(Map.of("language", "pl", "words", "mejl")));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"words\"");
    }

    private List<String> titles(String query) {
        var response = ApiClient.as(port, CONTOSO_USER)
                .get("/api/v1/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=pl");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var titles = new ArrayList<String>();
        response.json()
                .get("items")
                .forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }
}
