package org.helpline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
        var recipients = new ArrayList<String>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < MESSAGES; i++) {
                var to = "many-" + run + "-" + i + "@outbox.example";
                recipients.add(to);
                outbox.enqueueEmail(
                        to,
                        Locale.ENGLISH,
                        "phone.mail.code.subject",
                        "phone/mail/verification-code",
                        Map.of("tenant", "Contoso", "minutes", "10"));
            }
        });

        var pool = Executors.newFixedThreadPool(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            pool.submit(worker::drain);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        for (var to : recipients) {
            assertThat(awaitMails(to)).as(to).isEqualTo(1);
        }
        Thread.sleep(1_000);
        for (var to : recipients) {
            assertThat(MailServers.mailsTo(to)).as(to).hasSize(1);
        }
    }

    private static int awaitMails(String to) throws Exception {
        for (int attempt = 0; attempt < 150; attempt++) {
            var count = MailServers.mailsTo(to).size();
            if (count > 0) {
                return count;
            }
            Thread.sleep(100);
        }
        return MailServers.mailsTo(to).size();
    }
}
