package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Keyset paging of the queue across its two parts: requests with a deadline, nearest first, then those
 * without one (here: a severity B request whose first response was given). Every open request of the
 * organisation shows up exactly once, in order.
 */
@HelplineIntegrationTest
class RequestQueuePagingIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void pagingThroughTheWholeQueueShowsEveryRequestOnceWithTheDeadlinesFirst() {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var admin = RequestApi.as(port, "admin@contoso.example");
        var waiting =
                admin.file(NewRequests.technical("Waiting " + token)).get("id").asString();
        var answered =
                admin.file(NewRequests.technical("Answered " + token)).get("id").asString();
        var reply = RequestApi.as(port, "agent@helpline.example")
                .post("/api/v1/requests/" + answered + "/messages", Map.of("body", "We are on it.", "version", 0));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);

        var supervisor = RequestApi.as(port, "supervisor@helpline.example");
        var ids = new ArrayList<String>();
        var dues = new ArrayList<String>();
        String after = null;
        do {
            var path = "/api/v1/queue?size=7"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            var page = supervisor.get(path).json();
            page.get("items").forEach(item -> {
                ids.add(item.get("id").asString());
                var due = item.get("sla").get("dueAt");
                dues.add(due == null || due.isNull() ? null : due.asString());
            });
            after = page.get("next") == null || page.get("next").isNull()
                    ? null
                    : page.get("next").asString();
        } while (after != null);

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids).contains(waiting, answered);
        var firstWithout = dues.indexOf(null);
        if (firstWithout >= 0) {
            assertThat(dues.subList(firstWithout, dues.size())).containsOnlyNulls();
        }
        assertThat(dues.get(ids.indexOf(answered))).isNull();
        var withDeadline = dues.subList(0, firstWithout < 0 ? dues.size() : firstWithout);
        assertThat(withDeadline).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
    }
}
