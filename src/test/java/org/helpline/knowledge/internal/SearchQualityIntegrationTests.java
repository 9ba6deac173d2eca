package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.support.SupportDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * How well self-help answers what admins type: the queries of {@code search/queries-<language>.tsv}
 * (each with the topics of the demo articles that answer it) are searched as an admin of that
 * language, and recall@3 (an answer among the first three) and MRR (the mean of 1 / the rank of the
 * first answer, 0 past ten) may not fall below the floors measured when the set was written.
 */
@ApplicationModuleTest(extraIncludes = {"catalog", "platform"})
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class SearchQualityIntegrationTests {

    private static final int RANKS = 10;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    SupportDesk supportDesk;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    Articles articles;

    private final HelplineUser admin = mock(HelplineUser.class);
    private final Map<UUID, String> topics = new HashMap<>();

    private record Query(String text, List<String> answers) {}

    @BeforeEach
    void demoArticlesAreSearchable() {
        when(admin.organisationId()).thenReturn("global");
        when(admin.has(Role.ORG_ADMIN)).thenReturn(true);
        when(admin.isTenantAdmin()).thenReturn(true);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(knowledge
                                .search(admin, new SearchRequest("konto", "pl", null, null, 0, 1))
                                .total())
                        .isPositive());
    }

    @ParameterizedTest(name = "{0}: recall@3 >= {1}, MRR >= {2}")
    @CsvSource({"pl, 0.88, 0.85", "en, 0.95, 0.92", "zh-CN, 0.91, 0.90"})
    void recallAndMeanReciprocalRankStayAboveTheirFloors(String language, double recallFloor, double mrrFloor)
            throws IOException {
        var queries = queries(language);
        int answeredInThree = 0;
        double reciprocalRanks = 0;
        for (var query : queries) {
            int rank = firstAnswer(query, language);
            if (rank > 0 && rank <= 3) {
                answeredInThree++;
            }
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
            if (rank != 1) {
                System.out.printf("search quality %s: \"%s\" answered at rank %d%n", language, query.text(), rank);
            }
        }
        double recall = (double) answeredInThree / queries.size();
        double mrr = reciprocalRanks / queries.size();
        System.out.printf(
                Locale.ROOT,
                "search quality %s: %d queries, recall@3 %.3f, MRR %.3f%n",
                language,
                queries.size(),
                recall,
                mrr);
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(recall).as("recall@3 of %s", language).isGreaterThanOrEqualTo(recallFloor);
        assertThat(mrr).as("MRR of %s", language).isGreaterThanOrEqualTo(mrrFloor);
    }

    @Test
    void snippetsCarryNoListNumbersNorTagWords() {
        var hits = knowledge
                .search(admin, new SearchRequest("resetowanie hasła użytkownika", "pl", "pl", null, 0, 10))
                .items();
        assertThat(hits).isNotEmpty();
        assertThat(hits)
                .extracting(SearchHit::snippet)
                .allSatisfy(snippet -> assertThat(snippet)
                        .doesNotContainPattern("(^|[.…:]\\s)\\d{1,3}\\.(\\s|$)")
                        .doesNotContain("self-service")
                        .doesNotContain("sign-in"));
    }

    @Test
    void resultBadgesNameTheServiceNotItsId() {
        var hit = knowledge
                .search(admin, new SearchRequest("resetowanie hasła", "pl", "pl", null, 0, 1))
                .items()
                .get(0);
        assertThat(hit.services()).containsExactly("identity");
        assertThat(hit.serviceNames()).containsExactly("Tożsamość i dostęp");
    }

    /** The rank (from 1) of the first result that answers the query; 0 when none of the first ten does. */
    private int firstAnswer(Query query, String language) {
        var hits = knowledge
                .search(admin, new SearchRequest(query.text(), language, null, null, 0, RANKS))
                .items();
        for (int rank = 1; rank <= hits.size(); rank++) {
            if (query.answers().contains(topic(hits.get(rank - 1).articleId()))) {
                return rank;
            }
        }
        return 0;
    }

    private String topic(UUID articleId) {
        return topics.computeIfAbsent(
                articleId, id -> articles.find(id).map(Article::topic).orElse(""));
    }

    private static List<Query> queries(String language) throws IOException {
        var text =
                new ClassPathResource("search/queries-" + language + ".tsv").getContentAsString(StandardCharsets.UTF_8);
        return text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(columns -> new Query(
                        columns[0].strip(), Arrays.asList(columns[1].strip().split(","))))
                .toList();
    }
}
