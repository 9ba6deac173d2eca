package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Request numbers stay unique per organisation under concurrency, on one node and across nodes. */
@HelplineIntegrationTest
class RequestNumbersIntegrationTests {

    @Autowired
    RequestNumbers numbers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eightThreadsOnTwoNodesTakeFourHundredDistinctNumbers() throws Exception {
        var secondNode = new RequestNumbers(jdbc, transactions);
        var at = Instant.parse("2031-03-01T10:00:00Z");
        var pool = Executors.newFixedThreadPool(8);
        var futures = new ArrayList<Future<List<String>>>();
        for (int thread = 0; thread < 8; thread++) {
            var node = thread % 2 == 0 ? numbers : secondNode;
            futures.add(pool.submit((Callable<List<String>>) () -> {
                var taken = new ArrayList<String>();
                for (int i = 0; i < 50; i++) {
                    taken.add(node.next("global", at));
                }
                return taken;
            }));
        }
        var all = new ArrayList<String>();
        for (var future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();

        assertThat(all).hasSize(400).allMatch(number -> number.matches("GL-2031-\\d{6}"));
        assertThat(new HashSet<>(all)).hasSize(400);
        assertThat(numbers.next("cn", at)).isEqualTo("CN-2031-000001");
    }
}
