package org.helpline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox with a real SMTP server (GreenMail) and a recording text gateway. */
class OutboxIntegrationTests {

    private static final String SUBJECT = "phone.mail.code.subject";
    private static final String EMAIL = "phone/mail/verification-code";
    private static final String TEXT = "phone/text/verification-code";

    private final Outbox outbox = MailApplication.bean(Outbox.class);

    private final PlatformTransactionManager transactions = MailApplication.bean(PlatformTransactionManager.class);

    @Test
    void anEmailIsDeliveredOverSmtpInTheRecipientsLanguageAndItsSecretIsErased() throws Exception {
        var to = "reader-" + UUID.randomUUID() + "@outbox.example";
        var id = inTransaction(() -> outbox.enqueue(OutgoingMessage.email(to, Locale.SIMPLIFIED_CHINESE, SUBJECT, EMAIL)
                .with("tenant", "Northwind")
                .with("minutes", "10")
                .withSecret("code", "24681357")));

        var status = awaitStatus(id, s -> s.state() == DeliveryStatus.State.SENT);

        assertThat(status.attempts()).isEqualTo(1);
        assertThat(status.acceptedAt()).isNotNull().isEqualTo(status.lastAttemptAt());
        assertThat(status.nextAttemptAt()).isNull();
        var mail = MailServers.mailsTo(to).get(0);
        assertThat(mail.getSubject()).isEqualTo("您的 Helpline 验证码");
        assertThat(MailServers.html(mail)).contains("24681357", "Northwind", "10 分钟");
    }

    @Test
    void everyEmailHasAPlainTextPartAndAMessageIdThatNamesItsOutboxMessage() throws Exception {
        var to = "plain-" + UUID.randomUUID() + "@outbox.example";
        var id = inTransaction(() -> outbox.enqueue(OutgoingMessage.email(to, Locale.ENGLISH, SUBJECT, EMAIL)
                .with("tenant", "Northwind")
                .with("minutes", "10")
                .withSecret("code", "13572468")));

        awaitStatus(id, s -> s.state() == DeliveryStatus.State.SENT);

        var mail = MailServers.mailsTo(to).get(0);
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(MailServers.text(mail))
                .contains("13572468", "Northwind", "10 minutes", "Please do not reply")
                .doesNotContain("<p", "</");
        assertThat(mail.getMessageID()).startsWith("<" + id + ".outbox@");
        assertThat(mail.getHeader("X-Helpline-Outbox-Id")).containsExactly(id.toString());
    }

    @Test
    void aMessageOfARolledBackTransactionIsNeverSent() throws Exception {
        var to = "rolled-back-" + UUID.randomUUID() + "@outbox.example";
        var template = new TransactionTemplate(transactions);
        var id = new UUID[1];
        template.executeWithoutResult(status -> {
            id[0] = outbox.enqueueEmail(to, Locale.ENGLISH, SUBJECT, EMAIL, Map.of("tenant", "X", "minutes", "1"));
            status.setRollbackOnly();
        });
        assertThat(outbox.status(id[0])).isEmpty();
        var later = "committed-" + UUID.randomUUID() + "@outbox.example";
        awaitStatus(
                inTransaction(() -> outbox.enqueueEmail(
                        later, Locale.ENGLISH, SUBJECT, EMAIL, Map.of("tenant", "X", "minutes", "1"))),
                s -> s.state() == DeliveryStatus.State.SENT);

        assertThat(MailServers.mailsTo(later)).hasSize(1);
        assertThat(MailServers.mailsTo(to)).isEmpty();
    }

    @Test
    void aTextMessageGoesThroughTheHttpGateway() throws Exception {
        var to = "+48601" + (100_000 + (int) (Math.random() * 800_000));
        var id = inTransaction(() -> outbox.enqueue(OutgoingMessage.text(to, Locale.forLanguageTag("pl"), TEXT)
                .with("tenant", "Contoso")
                .with("minutes", "10")
                .withSecret("code", "13572468")));

        awaitStatus(id, s -> s.state() == DeliveryStatus.State.SENT);

        assertThat(MailServers.codeTextedTo(to, 1)).isEqualTo("13572468");
        assertThat(MailServers.TEXTS.stream()
                        .filter(t -> to.equals(t.get("to")))
                        .findFirst()
                        .orElseThrow()
                        .get("text"))
                .startsWith("Kod weryfikacyjny Helpline dla Contoso");
    }

    @Test
    void aTemporaryFailureIsRetriedWithBackoffAndAPermanentOneFailsWithTheReason() throws Exception {
        var temporary = inTransaction(() -> outbox.enqueueText(
                "+48601230503", Locale.ENGLISH, TEXT, Map.of("tenant", "T", "minutes", "1", "code", "00000000")));
        var permanent = inTransaction(() -> outbox.enqueueText(
                "+48601230400", Locale.ENGLISH, TEXT, Map.of("tenant", "T", "minutes", "1", "code", "00000000")));

        var retried = awaitStatus(temporary, s -> s.attempts() >= 2);
        assertThat(retried.state()).isEqualTo(DeliveryStatus.State.RETRYING);
        assertThat(retried.lastError()).contains("HTTP 503");
        assertThat(retried.nextAttemptAt()).isAfter(retried.lastAttemptAt());
        assertThat(retried.acceptedAt()).isNull();
        var failed = awaitStatus(permanent, s -> s.state() == DeliveryStatus.State.FAILED);
        assertThat(failed.lastError()).contains("HTTP 400");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void aMessageNotDeliveredInTimeIsGivenUp() throws Exception {
        var to = "late-" + UUID.randomUUID() + "@outbox.example";
        var id = inTransaction(() -> outbox.enqueue(OutgoingMessage.email(to, Locale.ENGLISH, SUBJECT, EMAIL)
                .with("tenant", "X")
                .with("minutes", "1")
                .notAfter(MailServers.CLOCK.instant().minus(Duration.ofSeconds(1)))));

        var status = awaitStatus(id, s -> s.state() == DeliveryStatus.State.FAILED);

        assertThat(status.lastError()).isEqualTo("expired before delivery");
        assertThat(status.attempts()).isZero();
        assertThat(MailServers.mailsTo(to)).isEmpty();
    }

    private UUID inTransaction(java.util.function.Supplier<UUID> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private DeliveryStatus awaitStatus(UUID id, Predicate<DeliveryStatus> wanted) {
        return await("message " + id)
                .atMost(Duration.ofSeconds(15))
                .until(() -> outbox.status(id).orElseThrow(), wanted);
    }
}
