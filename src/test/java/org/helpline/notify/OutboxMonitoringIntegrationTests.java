package org.helpline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.helpline.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operations see of the outbox: counters of sent and failed messages by channel, the
 * pending gauge, and the {@code outbox} health contributor, which reports recent failures
 * without taking the node out of service.
 */
class OutboxMonitoringIntegrationTests {

    private static final String ADMIN = "orgadmin@helpline.example";

    private final int port = MailApplication.port();
    private final Outbox outbox = MailApplication.bean(Outbox.class);
    private final MeterRegistry meters = MailApplication.bean(MeterRegistry.class);
    private final PlatformTransactionManager transactions = MailApplication.bean(PlatformTransactionManager.class);

    @Test
    void sentAndFailedMessagesAreCountedByChannelAndPendingOnesAreGauged() throws Exception {
        var sentBefore = count("helpline.outbox.sent", "email");
        var failedBefore = count("helpline.outbox.failed", "text");

        awaitState(email("counted-" + UUID.randomUUID() + "@outbox.example"), DeliveryStatus.State.SENT);
        awaitState(refusedText(), DeliveryStatus.State.FAILED);

        assertThat(count("helpline.outbox.sent", "email")).isGreaterThan(sentBefore);
        assertThat(count("helpline.outbox.failed", "text")).isGreaterThan(failedBefore);
        assertThat(meters.get("helpline.outbox.pending").gauge().value()).isNotNegative();
        assertThat(scrape()).contains("helpline_outbox_sent_total{", "channel=\"email\"", "helpline_outbox_pending ");
    }

    @Test
    void aRecentFailureDegradesTheOutboxButNeitherTheAnswerNorTheProbes() {
        var failed = awaitState(refusedText(), DeliveryStatus.State.FAILED);

        var health = ApiClient.as(port, ADMIN).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        var contributor = health.json().get("components").get("outbox");
        assertThat(contributor.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(contributor.get("details").get("failedLast15Minutes").asLong())
                .isPositive();
        assertThat(contributor.get("details").get("latestReason").asString()).isNotBlank();
        assertThat(failed.lastError()).isEqualTo("text gateway answered HTTP 400");
        var anonymous = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().has("components")).isFalse();
        for (var probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            var answer = ApiClient.anonymous(port).get(probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().get("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    /** The Prometheus exposition, as a scraper signed in as the org admin reads it. */
    private String scrape() throws Exception {
        var credentials = Base64.getEncoder().encodeToString((ADMIN + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "text/plain")
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private double count(String name, String channel) {
        var counter = meters.find(name).tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }

    private DeliveryStatus awaitState(UUID id, DeliveryStatus.State state) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.status(id).orElseThrow(), status -> status.state() == state);
    }

    private UUID email(String to) {
        return new TransactionTemplate(transactions)
                .execute(status -> outbox.enqueue(OutgoingMessage.email(
                                to, Locale.ENGLISH, "phone.mail.code.subject", "phone/mail/verification-code")
                        .with("tenant", "Meters")
                        .with("minutes", "10")
                        .with("code", "-")));
    }

    /** A text to a number the test gateway refuses (HTTP 400). */
    private UUID refusedText() {
        var number = "+4861" + ThreadLocalRandom.current().nextInt(1000, 10000) + "0400";
        return new TransactionTemplate(transactions)
                .execute(status ->
                        outbox.enqueue(OutgoingMessage.text(number, Locale.ENGLISH, "phone/text/verification-code")
                                .with("tenant", "Meters")
                                .with("minutes", "10")
                                .with("code", "-")));
    }
}
