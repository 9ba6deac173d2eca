package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineApplication;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * R-4 on several nodes. Two nodes on one database, each with its own index: an article written on one is found on the
 * other within seconds, without a restart, because both follow the change log.
 */
@HelplineIntegrationTest
class SecondNodeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void aSecondNodeFindsAnArticleWrittenOnTheFirstWithinSeconds() throws Exception {
        var indexDir = Files.createTempDirectory("helpline-second-node-index");
        try (var secondNode = new SpringApplicationBuilder(HelplineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--helpline.knowledge.index-dir=" + indexDir,
                        "--helpline.demo-data=true")) {
            int otherPort = secondNode.getEnvironment().getProperty("local.server.port", Integer.class);
            var word = "wombat" + UUID.randomUUID().toString().substring(0, 6);
            var created = ApiClient.as(port, KnowledgeIntegrationTests.ORG_ADMIN)
                    .post(
                            "/api/v1/kb/articles",
                            ApiClient.json(KnowledgeIntegrationTests.article(
                                    "Second node " + word, "en", true, "EVERYONE", null)));
            assertThat(created.status()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> {
                        var found = ApiClient.as(otherPort, "admin@contoso.example")
                                .get("/api/v1/kb/search?q=" + word + "&lang=en");
                        assertThat(found.json().get("total").asLong()).isEqualTo(1);
                        var suggested = ApiClient.as(otherPort, "admin@contoso.example")
                                .get("/api/v1/kb/suggest?q=" + word + "&lang=en");
                        assertThat(suggested.body()).contains("Second node " + word);
                    });
        }
    }
}
