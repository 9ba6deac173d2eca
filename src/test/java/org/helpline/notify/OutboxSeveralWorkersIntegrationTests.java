package org.helpline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.helpline.notify.internal.OutboxWorker;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several workers draining the same outbox at once, as several nodes do, hand each message over
 * exactly once (issue 5: "delivered ... once, even with several nodes").
 */
class OutboxSeveralWorkersIntegrationTests {

    private static final int MESSAGES = 60;
    private static final int WORKERS = 4;

    private final Outbox outbox = MailApplication.bean(Outbox.class);
    private final OutboxWorker worker = MailApplication.bean(OutboxWorker.class);
    private final PlatformTransactionManager transactions = MailApplication.bean(PlatformTransactionManager.class);

    @Test
    void concurrentWorkersDeliverEachMessageExactlyOnce() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var messages = new LinkedHashMap<UUID, String>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < MESSAGES; i++) {
                var to = "many-" + run + "-" + i + "@outbox.example";
                messages.put(
                        outbox.enqueueEmail(
                                to,
                                Locale.ENGLISH,
                                "phone.mail.code.subject",
                                "phone/mail/verification-code",
                                Map.of("tenant", "Contoso", "minutes", "10")),
                        to);
            }
        });

        var pool = Executors.newFixedThreadPool(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            pool.submit(worker::drain);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // A delivered message is never claimed again, so once all are delivered no second copy can follow.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> messages.keySet().stream()
                        .allMatch(id -> outbox.status(id).orElseThrow().state() == DeliveryStatus.State.SENT));
        for (var message : messages.entrySet()) {
            assertThat(outbox.status(message.getKey()).orElseThrow().attempts())
                    .as(message.getValue())
                    .isEqualTo(1);
            assertThat(MailServers.mailsTo(message.getValue()))
                    .as(message.getValue())
                    .hasSize(1);
        }
    }
}
