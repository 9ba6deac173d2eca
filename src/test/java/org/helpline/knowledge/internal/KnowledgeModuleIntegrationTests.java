package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.support.SupportDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The knowledge module with the catalog and the platform, audit and support replaced: a Polish word
 * form other than the title's finds the demo article. In {@code internal}, where its results are
 * readable: no other module uses knowledge.
 */
@ApplicationModuleTest(extraIncludes = {"catalog", "platform"})
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class KnowledgeModuleIntegrationTests {

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    SupportDesk supportDesk;

    @Autowired
    KnowledgeBase knowledge;

    @Test
    void anInflectedPolishWordFindsTheArticle() {
        var reader = mock(HelplineUser.class);
        when(reader.organisationId()).thenReturn("global");
        when(reader.has(Role.ORG_ADMIN)).thenReturn(true);
        when(reader.isTenantAdmin()).thenReturn(true);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(knowledge
                                .search(reader, new SearchRequest("skrzynki pocztowej", "pl", null, null, 0, 10))
                                .items())
                        .extracting(SearchHit::title)
                        .contains("Jak odzyskać usuniętą skrzynkę pocztową"));
    }
}
