package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Concurrent intake over the API: 8 clients file 25 requests each, and every request gets its own
 * number. Severity C, so that these requests queue behind the ones other tests look for.
 */
@HelplineIntegrationTest
class RequestConcurrentIntakeIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void eightClientsFileTwoHundredRequestsWithDistinctNumbers() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var pool = Executors.newFixedThreadPool(8);
        var futures = new ArrayList<Future<List<String>>>();
        for (int client = 0; client < 8; client++) {
            int me = client;
            futures.add(pool.submit((Callable<List<String>>) () -> {
                var api = RequestApi.as(port, "admin@contoso.example");
                var numbers = new ArrayList<String>();
                for (int i = 0; i < 25; i++) {
                    var body = NewRequests.technical("Rush " + token + " " + me + "/" + i);
                    body.put("severity", "C");
                    numbers.add(api.file(body).get("number").asString());
                }
                return numbers;
            }));
        }
        var all = new ArrayList<String>();
        for (var future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();

        assertThat(all).hasSize(200).allMatch(number -> number.matches("GL-\\d{4}-\\d{6}"));
        assertThat(new HashSet<>(all)).hasSize(200);
    }
}
