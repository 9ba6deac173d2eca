package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Searches are counted in batches: none is lost when the node stops, and a full batch is written at once. */
@HelplineIntegrationTest
class SearchLogIntegrationTests {

    private static final String ORGANISATION = "global";

    @Autowired
    AnalyticsEvents events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchesWaitingWhenTheNodeStopsAreWritten() {
        var log = new SearchLog(events, transactionManager, Duration.ofHours(1));
        log.start();
        var query = unique();
        for (int i = 0; i < 3; i++) {
            log.searched(search(query));
        }
        assertThat(counted(query)).isZero();

        log.stop();

        assertThat(counted(query)).isEqualTo(3);
        assertThat(log.waiting()).isEmpty();
        assertThat(log.waitingCount()).isZero();
    }

    @Test
    void aFullBatchIsWrittenWithoutWaitingForTheInterval() {
        var log = new SearchLog(events, transactionManager, Duration.ofHours(1));
        log.start();
        var query = unique();
        try {
            for (int i = 0; i < SearchLog.BATCH; i++) {
                log.searched(search(query));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> counted(query) == SearchLog.BATCH);
        } finally {
            log.stop();
        }
    }

    @Test
    void withoutAWriterThreadASearchIsWrittenAtOnce() {
        var log = new SearchLog(events, transactionManager);
        var query = unique();

        log.searched(search(query));
        log.searched(search(query));

        assertThat(counted(query)).isEqualTo(2);
        assertThat(log.waiting()).isEmpty();
        assertThat(log.waitingCount()).isZero();
    }

    private static SearchLog.Search search(String query) {
        return new SearchLog.Search(ORGANISATION, Instant.now().truncatedTo(ChronoUnit.MILLIS), query, "en", 2);
    }

    private static String unique() {
        return "search-log-" + UUID.randomUUID();
    }

    private long counted(String query) {
        return jdbc.sql("select count(*) from kb_search where query = :query")
                .param("query", query)
                .query(Long.class)
                .single();
    }
}
