package org.helpline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.helpline.mail.internal.InboundMail;
import org.helpline.notify.DeliveryStatus;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bounces end to end: an e-mail the SMTP server (GreenMail) accepted comes back as a delivery
 * status notification quoting the headers it was sent with, in the support mailbox, and reading the mailbox over IMAP marks its outbox
 * message failed with the server's reason, never taking the report for a reply.
 */
class BounceIntegrationTests {

    private final Outbox outbox = MailApplication.bean(Outbox.class);
    private final PlatformTransactionManager transactions = MailApplication.bean(PlatformTransactionManager.class);
    private final JdbcClient jdbc = MailApplication.bean(JdbcClient.class);

    @Test
    void aFailureReportReturningTheHeadersMarksTheSentMessageFailedWithTheReason() throws Exception {
        var to = "nobody-" + UUID.randomUUID() + "@contoso.example";
        var id = sent(to);

        MailServers.SUPPORT_MAILBOX.deliver(DeliveryReports.report("failed", headersOf(to), false));
        inbound().poll();

        var status = outbox.status(id).orElseThrow();
        assertThat(status.state()).isEqualTo(DeliveryStatus.State.FAILED);
        assertThat(status.lastError()).isEqualTo("bounced: 5.1.1 smtp; 550 no such user");
        assertThat(status.acceptedAt()).isNotNull();
        assertThat(recordedAsReply()).isZero();
    }

    @Test
    void aFailureReportReturningTheWholeMessageIsToldByItsMessageId() throws Exception {
        var to = "gone-" + UUID.randomUUID() + "@contoso.example";
        var id = sent(to);
        var sent = new MimeMessage(MailServers.mailsTo(to).get(0));
        sent.removeHeader("X-Helpline-Outbox-Id");
        var whole = new ByteArrayOutputStream();
        sent.writeTo(whole);
        var returned = whole.toString(StandardCharsets.UTF_8);
        assertThat(returned).contains("Message-ID: <" + id + ".outbox@").doesNotContain("X-Helpline-Outbox-Id");

        MailServers.SUPPORT_MAILBOX.deliver(DeliveryReports.report("failed", returned, true));
        inbound().poll();

        assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(DeliveryStatus.State.FAILED);
    }

    @Test
    void aDelayAndAReportAboutSomeoneElsesMailChangeNothingAndAreNoReplies() throws Exception {
        var to = "slow-" + UUID.randomUUID() + "@contoso.example";
        var id = sent(to);
        var before = recordedAsReply();

        MailServers.SUPPORT_MAILBOX.deliver(
                DeliveryReports.report("delayed", DeliveryReports.sentHeaders(id.toString(), to), false));
        MailServers.SUPPORT_MAILBOX.deliver(DeliveryReports.report(
                "failed", "Message-ID: <" + UUID.randomUUID() + "@mail.fabrikam.example>\n\nHello\n", true));
        inbound().poll();

        assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(DeliveryStatus.State.SENT);
        assertThat(recordedAsReply()).isEqualTo(before);
        assertThat(inbound().poll()).isZero();
    }

    /** An e-mail of the outbox, once the SMTP server accepted it. */
    private UUID sent(String to) {
        var id = new TransactionTemplate(transactions)
                .execute(status -> outbox.enqueue(OutgoingMessage.email(
                                to, Locale.ENGLISH, "phone.mail.code.subject", "phone/mail/verification-code")
                        .with("tenant", "Bounce")
                        .with("minutes", "10")
                        .withSecret("code", "13572468")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.status(id).orElseThrow().state() == DeliveryStatus.State.SENT);
        return id;
    }

    /** The headers of the e-mail the SMTP server received for {@code to}. */
    private static String headersOf(String to) throws Exception {
        var headers = new StringBuilder();
        var lines = MailServers.mailsTo(to).get(0).getAllHeaderLines();
        while (lines.hasMoreElements()) {
            headers.append(lines.nextElement()).append("\r\n");
        }
        return headers.toString();
    }

    /** How many reports the inbound reader recorded as e-mails it read for a request. */
    private long recordedAsReply() {
        return jdbc.sql("select count(*) from mail_inbound where subject = 'Undelivered Mail Returned to Sender'")
                .query(Long.class)
                .single();
    }

    private static InboundMail inbound() {
        return MailApplication.bean(InboundMail.class);
    }
}
