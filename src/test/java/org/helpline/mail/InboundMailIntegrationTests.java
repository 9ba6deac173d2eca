package org.helpline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.helpline.mail.internal.InboundMail;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.helpline.notify.OutgoingMessage;
import org.helpline.notify.internal.MessageRenderer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Replies to request e-mails end to end: a request e-mail is read back from GreenMail (SMTP), a
 * reply to it is put into the support mailbox, and Helpline reads it over IMAP.
 */
class InboundMailIntegrationTests {

    private static final String AGENT = "agent@helpline.example";
    private static final String ORG_ADMIN = "orgadmin@helpline.example";

    @Test
    void aReplyIsAddedToItsRequestsThreadWithItsAttachmentOnceAndPutsTheRequestBackInProgress() throws Exception {
        var contact = "reply-" + UUID.randomUUID() + "@contoso.example";
        var request = RequestMails.file("admin@contoso.example", contact, "en", "Reply by mail " + UUID.randomUUID());
        var number = request.get("number").asString();
        var path = "/api/v1/requests/" + request.get("id").asString();
        RequestMails.post(
                AGENT,
                path + "/status",
                Map.of(
                        "status",
                        "AWAITING_CUSTOMER",
                        "reason",
                        "send the logs",
                        "version",
                        request.get("version").asLong()));
        var asked = RequestMails.await(contact, "Helpline support needs information from you", number);
        assertThat(asked.getSubject()).startsWith("[" + number + " #");
        var replyTo = ((InternetAddress) asked.getReplyTo()[0]).getAddress();
        assertThat(replyTo).matches("support\\+[a-z2-7]{16}@helpline\\.example");
        assertThat(RequestMails.body(asked)).contains("You can reply to this e-mail");

        var reply = reply(
                contact,
                replyTo,
                "Re: " + asked.getSubject(),
                "Here are the logs, zażółć.\n\n" + "On Mon, 1 Jun 2026, Helpline wrote:\n> send the logs\n> old text");
        attach(reply, "connector log.txt", "line 1: timeout ąę");
        MailServers.SUPPORT_MAILBOX.deliver(reply);
        assertThat(inbound().poll()).isEqualTo(1);

        var read = RequestMails.as("admin@contoso.example").get(path).json();
        assertThat(read.get("status").asString()).isEqualTo("IN_PROGRESS");
        var added = customerMessages(read);
        assertThat(added).hasSize(1);
        assertThat(added.get(0).get("bodyHtml").asString())
                .contains("Here are the logs, zażółć.")
                .doesNotContain("old text", "wrote:");
        var file = added.get(0).get("attachments").get(0);
        assertThat(file.get("fileName").asString()).isEqualTo("connector log.txt");
        var download = path + "/attachments/" + file.get("id").asString();
        var got = RequestMails.as("admin@contoso.example").get(download);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body()).isEqualTo("line 1: timeout ąę");
        assertThat(RequestMails.as(AGENT).get(download).status()).isEqualTo(200);
        assertThat(RequestMails.as("admin@fabrikam.example").get(download).status())
                .isEqualTo(404);

        MailServers.SUPPORT_MAILBOX.deliver(reply);
        assertThat(inbound().poll()).isZero();
        assertThat(customerMessages(
                        RequestMails.as("admin@contoso.example").get(path).json()))
                .hasSize(1);
    }

    @Test
    void aForgedTokenAndAnUnknownSenderAreRefusedNothingIsAddedAndTheOrganisationAdminIsTold() throws Exception {
        var contact = "forged-" + UUID.randomUUID() + "@contoso.example";
        var request = RequestMails.file("admin@contoso.example", contact, "pl", "Podróbka " + UUID.randomUUID());
        var number = request.get("number").asString();
        var path = "/api/v1/requests/" + request.get("id").asString();
        var filed = RequestMails.await(contact, "Zgłoszenie Helpline zostało przyjęte", number);
        assertThat(filed.getSubject()).startsWith("[" + number + " #");
        assertThat(RequestMails.body(filed)).contains("Możesz odpowiedzieć na tę wiadomość");
        var replyTo = ((InternetAddress) filed.getReplyTo()[0]).getAddress();
        var token = replyTo.substring(replyTo.indexOf('+') + 1, replyTo.indexOf('@'));
        var forgedToken = token.charAt(0) == 'a' ? "b" + token.substring(1) : "a" + token.substring(1);

        var forged = reply(
                contact,
                "support+" + forgedToken + "@helpline.example",
                "Re: [" + number + " #" + forgedToken + "] Zgłoszenie",
                "Proszę zamknąć.");
        var stranger = "stranger-" + UUID.randomUUID() + "@evil.example";
        var unknown = reply(stranger, replyTo, "Re: " + filed.getSubject(), "I am the contact, trust me.");
        MailServers.SUPPORT_MAILBOX.deliver(forged);
        MailServers.SUPPORT_MAILBOX.deliver(unknown);
        assertThat(inbound().poll()).isEqualTo(2);

        assertThat(customerMessages(
                        RequestMails.as("admin@contoso.example").get(path).json()))
                .isEmpty();
        var forgedReport = report(contact, number);
        assertThat(forgedReport.getSubject())
                .isEqualTo("[" + number + "] A reply by e-mail from " + contact + " was not added");
        assertThat(RequestMails.body(forgedReport)).contains("may be forged or altered");
        assertThat(RequestMails.body(report(stranger, number)))
                .contains("sent from an address the request e-mail was not sent to");
        assertThat(inbound().poll()).isZero();

        var adminMail = RequestMails.await("admin@contoso.example", "Zgłoszenie Helpline zostało przyjęte", number);
        var adminReplyTo = ((InternetAddress) adminMail.getReplyTo()[0]).getAddress();
        assertThat(adminReplyTo).isNotEqualTo(replyTo);
        MailServers.SUPPORT_MAILBOX.deliver(
                reply("admin@contoso.example", adminReplyTo, "Re: " + adminMail.getSubject(), "Od administratora."));
        assertThat(inbound().poll()).isEqualTo(1);
        assertThat(customerMessages(
                        RequestMails.as("admin@contoso.example").get(path).json()))
                .singleElement()
                .satisfies(message ->
                        assertThat(message.get("bodyHtml").asString()).contains("Od administratora."));
    }

    @Test
    void theMailboxIsPolledByARecurringJob() throws Exception {
        var contact = "job-" + UUID.randomUUID() + "@fabrikam.example";
        var request = RequestMails.file("admin@fabrikam.example", contact, "en", "By the job " + UUID.randomUUID());
        var number = request.get("number").asString();
        var filed = RequestMails.await(contact, "Your Helpline request was filed", number);
        var replyTo = ((InternetAddress) filed.getReplyTo()[0]).getAddress();
        MailServers.SUPPORT_MAILBOX.deliver(
                reply(contact, replyTo, "Re: " + filed.getSubject(), "<p>Read by the <b>job</b></p>", true));

        var scheduler = MailApplication.bean(Scheduler.class);
        var job = TaskInstanceId.of("mail-inbound-poll", "recurring");
        assertThat(scheduler.getScheduledExecution(job)).isPresent();
        scheduler.reschedule(job, Instant.now());

        var path = "/api/v1/requests/" + request.get("id").asString();
        var added = await("the job read the reply")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> customerMessages(RequestMails.as("admin@fabrikam.example")
                                .get(path)
                                .json()),
                        messages -> !messages.isEmpty());
        assertThat(added.get(0).get("bodyHtml").asString())
                .contains("Read by the job")
                .doesNotContain("<b>");
    }

    @Test
    void theReplyLineAndTheReportSpeakPolishAndChinese() {
        var renderer = MailApplication.bean(MessageRenderer.class);
        var values = Map.of(
                "sender",
                "x@example.com",
                "subject",
                "Re: x",
                "reason",
                "UNKNOWN_TOKEN",
                "number",
                "HL-2026-000001",
                "link",
                "http://localhost/workspace/requests/1",
                OutgoingMessage.SUBJECT_PREFIX,
                "[HL-2026-000001]",
                OutgoingMessage.subjectArgument(0),
                "x@example.com");
        var polish = Locale.forLanguageTag("pl");
        assertThat(renderer.subject("mail.refused.subject", polish, values))
                .isEqualTo("[HL-2026-000001] Odpowiedź e-mail od x@example.com nie została dodana");
        assertThat(renderer.email("mail/refused", polish, values)).contains("mógł zostać podrobiony");
        assertThat(renderer.email("mail/refused", Locale.SIMPLIFIED_CHINESE, values))
                .contains("可能被伪造或篡改");
    }

    private static InboundMail inbound() {
        return MailApplication.bean(InboundMail.class);
    }

    private static List<JsonNode> customerMessages(JsonNode request) {
        var found = new ArrayList<JsonNode>();
        request.get("messages").forEach(message -> {
            if (message.get("authorSide").asString().equals("CUSTOMER")) {
                found.add(message);
            }
        });
        return found;
    }

    private static MimeMessage reply(String from, String to, String subject, String text) throws Exception {
        return reply(from, to, subject, text, false);
    }

    private static MimeMessage reply(String from, String to, String subject, String text, boolean html)
            throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        var body = new MimeBodyPart();
        body.setText(text, "UTF-8", html ? "html" : "plain");
        message.setContent(new MimeMultipart(body));
        message.saveChanges();
        return message;
    }

    private static void attach(MimeMessage message, String name, String content) throws Exception {
        var part = new MimeBodyPart();
        part.setText(content, "UTF-8");
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        ((MimeMultipart) message.getContent()).addBodyPart(part);
        message.saveChanges();
    }

    private static MimeMessage report(String sender, String number) throws Exception {
        return await("a report to " + ORG_ADMIN + " about " + sender)
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            for (var mail : MailServers.mailsTo(ORG_ADMIN)) {
                                if (mail.getSubject().contains(sender)
                                        && mail.getSubject().startsWith("[" + number + "]")) {
                                    return Optional.of(mail);
                                }
                            }
                            return Optional.<MimeMessage>empty();
                        },
                        Optional::isPresent)
                .orElseThrow();
    }
}
