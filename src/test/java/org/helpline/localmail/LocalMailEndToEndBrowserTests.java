package org.helpline.localmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's round trip on the product's own local mail server, as on the embedded default, with
 * nothing of the test's in between: a request e-mail read over IMAP as a mail client reads it, a
 * reply with an attachment sent back over SMTP and seen on the request page in Chromium, and a
 * caller verified with the code an agent reads from the mailbox API.
 */
class LocalMailEndToEndBrowserTests {

    private static final String ADMIN = "admin@contoso.example";
    private static final String AGENT = "agent@helpline.example";
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{8})\\b");

    private static LocalMailApplication application;

    @BeforeAll
    static void start() {
        application = LocalMailApplication.shared();
    }

    @Test
    void aRequestEmailIsReadOverImapAndItsReplyWithAFileShowsOnTheRequestPage() throws Exception {
        var contact = "round-trip-" + UUID.randomUUID() + "@contoso.example";
        var request = file(contact, "Connector stalls " + UUID.randomUUID());
        var number = request.get("number").asString();
        var link = "http://localhost:" + application.port() + "/requests/"
                + request.get("id").asString();

        var mailed = await("the request e-mail in " + contact + "'s mailbox")
                .atMost(Duration.ofSeconds(20))
                .until(() -> readOverImap(contact, number), found -> found != null);
        assertThat(mailed.text()).contains(number, "<" + link + ">");
        assertThat(mailed.html()).contains("href=\"" + link + "\"");

        replyOverSmtp(contact, mailed, "The connector log is attached.", "connector.log", "10:02 timeout\n");

        try (var browser = Browser.open(application.port(), "en")) {
            browser.signIn(ADMIN, "demo");
            await("the reply on the page of " + number)
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> browser.go("/requests/" + request.get("id").asString())
                            .driver()
                            .getPageSource()
                            .contains("The connector log is attached."));
            assertThat(browser.driver()
                            .findElement(By.partialLinkText("connector.log"))
                            .getAttribute("href"))
                    .contains("/attachments/");
        }
    }

    @Test
    void anAgentVerifiesACallerWithTheCodeReadFromTheMailbox() {
        var agent = ApiClient.as(application.port(), AGENT);
        var contoso = agent.get("/api/v1/phone/tenants?q=Contoso")
                .json()
                .get(0)
                .get("id")
                .asString();
        var call = agent.post(
                        "/api/v1/phone/calls",
                        ApiClient.json(Map.of("callerNumber", "+48 600 100 200", "tenantId", contoso)))
                .json();
        var path = "/api/v1/phone/calls/" + call.get("id").asString();
        assertThat(call.get("registered").asBoolean()).isFalse();
        var before = agent.get("/api/v1/mailbox/messages?to=" + ADMIN).json().size();

        var sent = agent.post(path + "/verification", ApiClient.json(Map.of("channel", "EMAIL")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);

        var codeMail = await("the code in the mailbox")
                .atMost(Duration.ofSeconds(20))
                .until(() -> agent.get("/api/v1/mailbox/messages?to=" + ADMIN).json(), list -> list.size() > before)
                .get(0);
        var code = CODE.matcher(codeMail.get("text").asString());
        assertThat(code.find()).as(codeMail.get("text").asString()).isTrue();
        var delivery = await("the console's delivery state")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> agent.get(path).json().get("challenge"),
                        c -> "SENT".equals(c.get("delivery").asString()));
        assertThat(delivery.get("acceptedAt").asString()).isNotBlank();

        var confirmed = agent.post(path + "/verification/confirm", ApiClient.json(Map.of("code", code.group(1))));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(agent.get(path).json().get("grant").isNull()).isFalse();
    }

    private static JsonNode file(String contactEmail, String title) {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("name", "Ewa Zielińska");
        contact.put("phone", "+48 22 123 45 67");
        contact.put("email", contactEmail);
        contact.put("preferredMethod", "EMAIL");
        contact.put("language", "en");
        contact.put("available24x7", false);
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "TECHNICAL");
        body.put("serviceId", "mail");
        body.put("problemClassification", "mail-flow");
        body.put("title", title);
        body.put("description", "The mail connector stops every morning.");
        body.put("severity", "B");
        body.put("routeTo", "PROVIDER");
        body.put("contact", contact);
        var filed = ApiClient.as(application.port(), ADMIN).post("/api/v1/requests", ApiClient.json(body));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json();
    }

    /** An e-mail as a mail client shows it: its subject, Reply-To, and both parts. */
    private record Mailed(String subject, String replyTo, String text, String html) {}

    private static Mailed readOverImap(String user, String number) throws Exception {
        try (var store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", application.imapPort(), user, "any password");
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.getSubject().contains(number)) {
                        return new Mailed(
                                message.getSubject(),
                                ((InternetAddress) message.getReplyTo()[0]).getAddress(),
                                part(message, "text/plain"),
                                part(message, "text/html"));
                    }
                }
                return null;
            } finally {
                inbox.close(false);
            }
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void replyOverSmtp(String from, Mailed to, String text, String fileName, String fileContent)
            throws Exception {
        var settings = new Properties();
        settings.put("mail.smtp.host", "127.0.0.1");
        settings.put("mail.smtp.port", String.valueOf(application.smtpPort()));
        var reply = new MimeMessage(Session.getInstance(settings));
        reply.setFrom(new InternetAddress(from));
        reply.setRecipients(Message.RecipientType.TO, to.replyTo());
        reply.setSubject("Re: " + to.subject(), "UTF-8");
        var body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        var file = new MimeBodyPart();
        file.setText(fileContent, "UTF-8");
        file.setDisposition(Part.ATTACHMENT);
        file.setFileName(fileName);
        reply.setContent(new MimeMultipart(body, file));
        Transport.send(reply);
    }
}
