package org.helpline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.helpline.mail.internal.InboundMail;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People in copy by e-mail, end to end through GreenMail: a tenant's colleague and a watcher of
 * the support desk get the request's e-mails (each with the link they can open), the colleague's
 * reply by e-mail is added to the thread like the requester's, and once taken out of copy their
 * reply is refused.
 */
class PeopleInCopyMailIntegrationTests {

    private static final String ADMIN = "admin@contoso.example";
    private static final String AGENT = "agent@helpline.example";
    private static final String COLLEAGUE = "user@contoso.example";
    private static final String WATCHER = "supervisor@helpline.example";

    @Test
    void peopleInCopyGetTheRequestsMailsAndMayAnswerUntilTakenOut() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var contact = "copied-" + token + "@contoso.example";
        var request = RequestMails.file(ADMIN, contact, "en", "In copy " + token);
        var id = request.get("id").asString();
        var path = "/api/v1/requests/" + id;
        RequestMails.post(ADMIN, path + "/cc", Map.of("email", COLLEAGUE));
        RequestMails.post(AGENT, path + "/cc", Map.of("email", WATCHER));

        RequestMails.post(AGENT, path + "/messages", Map.of("body", "Answer " + token, "version", 0));

        var toColleague = await(COLLEAGUE, "Answer " + token);
        var toWatcher = await(WATCHER, "Answer " + token);
        assertThat(RequestMails.body(toColleague)).doesNotContain("/requests/" + id);
        assertThat(RequestMails.body(toWatcher)).contains("/workspace/requests/" + id);
        var replyTo = ((InternetAddress) toColleague.getReplyTo()[0]).getAddress();
        MailServers.SUPPORT_MAILBOX.deliver(
                reply(COLLEAGUE, replyTo, "Re: " + toColleague.getSubject(), "From a colleague " + token));
        assertThat(inbound().poll()).isEqualTo(1);
        assertThat(customerTexts(RequestMails.as(ADMIN).get(path).json()))
                .singleElement()
                .satisfies(text -> assertThat(text).contains("From a colleague " + token));

        assertThat(RequestMails.as(ADMIN).delete(path + "/cc/" + COLLEAGUE).status())
                .isEqualTo(200);
        MailServers.SUPPORT_MAILBOX.deliver(
                reply(COLLEAGUE, replyTo, "Re: " + toColleague.getSubject(), "After removal " + token));
        assertThat(inbound().poll()).isEqualTo(1);
        assertThat(customerTexts(RequestMails.as(ADMIN).get(path).json())).hasSize(1);
    }

    private static MimeMessage await(String address, String text) {
        return Awaitility.await("e-mail to " + address + " with " + text)
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            for (var mail : MailServers.mailsTo(address)) {
                                if (RequestMails.body(mail).contains(text)) {
                                    return Optional.of(mail);
                                }
                            }
                            return Optional.<MimeMessage>empty();
                        },
                        Optional::isPresent)
                .orElseThrow();
    }

    private static InboundMail inbound() {
        return MailApplication.bean(InboundMail.class);
    }

    private static List<String> customerTexts(JsonNode request) {
        var found = new ArrayList<String>();
        request.get("messages").forEach(message -> {
            if (message.get("authorSide").asString().equals("CUSTOMER")) {
                found.add(message.get("bodyHtml").asString());
            }
        });
        return found;
    }

    private static MimeMessage reply(String from, String to, String subject, String text) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        var body = new MimeBodyPart();
        body.setText(text, "UTF-8", "plain");
        message.setContent(new MimeMultipart(body));
        message.saveChanges();
        return message;
    }
}
