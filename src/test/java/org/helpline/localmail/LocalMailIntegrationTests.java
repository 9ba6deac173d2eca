package org.helpline.localmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.notify.DeliveryStatus;
import org.helpline.notify.Outbox;
import org.helpline.notify.TextMessage;
import org.helpline.notify.TextMessageGateway;
import org.helpline.web.PageSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default's local mail server, switched on (the build switches it off for all other
 * tests) on free ports with a directory of its own: e-mails sent through the application's own mail
 * sender and texts sent through its gateway are kept, listed for staff newest first and read on the
 * mailbox page, and survive a restart of the server.
 */
class LocalMailIntegrationTests {

    private static final String AGENT = "agent@helpline.example";
    private static final String CUSTOMER = "admin@contoso.example";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static LocalMailApplication application;
    private static ConfigurableApplicationContext context;
    private static int port;
    private static int imapPort;

    @BeforeAll
    static void start() {
        application = LocalMailApplication.shared();
        context = application.context();
        port = application.port();
        imapPort = application.imapPort();
    }

    @Test
    void anEmailSentThroughTheApplicationIsListedNewestFirstAndFilteredByRecipient() throws Exception {
        var to = "local-" + UUID.randomUUID() + "@contoso.example";
        send(to, "First " + to, "The first one.", null);
        send(to, "Second " + to, "The second one.", null);
        send("other-" + to, "Other", "Someone else's.", null);

        var listed = awaitMessages(to, 2);

        assertThat(listed)
                .extracting(message -> message.get("subject").asString())
                .containsExactly("Second " + to, "First " + to);
        var newest = listed.get(0);
        assertThat(newest.get("to").asString()).isEqualTo(to);
        assertThat(newest.get("from").asString()).isEqualTo("Helpline <no-reply@helpline.example>");
        assertThat(newest.get("text").asString()).isEqualTo("The second one.");
        assertThat(newest.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(newest.get("id").asString()).isNotBlank();
        assertThat(java.time.Instant.parse(newest.get("receivedAt").asString()))
                .isAfterOrEqualTo(
                        java.time.Instant.parse(listed.get(1).get("receivedAt").asString()));
        assertThat(subjects(ApiClient.as(port, AGENT).get("/api/v1/mailbox/messages?limit=1000")))
                .contains("Other", "Second " + to);
    }

    @Test
    void aRequestEmailGoesOutThroughTheOutboxAndAReplyByMailReachesTheRequest() throws Exception {
        var contact = "e2e-" + UUID.randomUUID() + "@contoso.example";
        var request = file(contact, "Replies by mail " + UUID.randomUUID());
        var number = request.get("number").asString();

        var mailed = awaitMessages(contact, 1).get(0);
        assertThat(mailed.get("subject").asString()).contains(number);
        var replyTo = imapReplyTo(contact, mailed.get("subject").asString());
        assertThat(replyTo).matches("support\\+[a-z2-7]{16}@helpline\\.localhost");
        send(contact, replyTo, "Re: " + mailed.get("subject").asString(), "The logs are attached.", null);

        var path = "/api/v1/requests/" + request.get("id").asString();
        await("the reply on " + number)
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> customerReplies(
                                ApiClient.as(port, CUSTOMER).get(path).json()),
                        replies -> !replies.isEmpty());
    }

    @Test
    void aTextQueuedInTheOutboxIsDeliveredIntoTheMailbox() {
        var number = "+4860" + (1000000 + (int) (Math.random() * 8999999));
        var outbox = context.getBean(Outbox.class);

        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var id = transactions.execute(status -> outbox.enqueueText(
                number,
                Locale.ENGLISH,
                "phone/text/verification-code",
                Map.of("code", "24681357", "tenant", "Contoso", "minutes", "10")));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.status(id).orElseThrow().state() == DeliveryStatus.State.SENT);
        assertThat(awaitMessages(number, 1).get(0).get("text").asString()).contains("24681357");
    }

    @Test
    void aTextSentThroughTheGatewayIsListedAsATextToTheNumber() {
        var number = "+4860" + (1000000 + (int) (Math.random() * 8999999));

        context.getBean(TextMessageGateway.class)
                .send(new TextMessage(number, "Your Helpline code is 12345678", List.of("12345678")));

        var listed = awaitMessages(number, 1);
        assertThat(listed.get(0).get("channel").asString()).isEqualTo("TEXT");
        assertThat(listed.get(0).get("text").asString()).isEqualTo("Your Helpline code is 12345678");
    }

    @Test
    void aReplyToAPlusAddressLandsInTheSupportMailboxReadOverImapWithAnyPassword() throws Exception {
        var subject = "Re: [HL-1 #abc] " + UUID.randomUUID();

        send("support+abcdefghijklmnop@helpline.localhost", subject, "A reply.", null);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> imapSubjects("support@helpline.localhost", "any password"), all -> all.contains(subject));
        assertThat(awaitMessages("support+abcdefghijklmnop@helpline.localhost", 1))
                .extracting(message -> message.get("subject").asString())
                .contains(subject);
    }

    @Test
    void theMessagesSurviveARestartOfTheServerWithTheirTimesAndInTheirMailboxes() throws Exception {
        var to = "restart-" + UUID.randomUUID() + "@contoso.example";
        var number = "+4860" + (1000000 + (int) (Math.random() * 8999999));
        send(to, "Before the restart", "Kept.", null);
        context.getBean(TextMessageGateway.class).send(new TextMessage(number, "Kept too", List.of()));
        var before = awaitMessages(to, 1);
        var server = context.getBean("localMailServer", SmartLifecycle.class);

        server.stop();
        assertThat(server.isRunning()).isFalse();
        Files.writeString(
                application.directory().resolve("1765102530999-" + UUID.randomUUID() + ".eml"), "broken: \u0000\r\n");
        server.start();

        var after = awaitMessages(to, 1);
        assertThat(after.get(0).get("id").asString())
                .isEqualTo(before.get(0).get("id").asString());
        assertThat(after.get(0).get("receivedAt").asString())
                .isEqualTo(before.get(0).get("receivedAt").asString());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> imapSubjects(to, "x"), subjects -> subjects.equals(List.of("Before the restart")));
        assertThat(awaitMessages(number, 1).get(0).get("text").asString()).isEqualTo("Kept too");
        send(to, "After the restart", "New.", null);
        assertThat(awaitMessages(to, 2).get(0).get("subject").asString()).isEqualTo("After the restart");
    }

    @Test
    void theOpenApiDocumentDescribesTheMailbox() {
        var document = ApiClient.anonymous(port).get("/v3/api-docs").json();

        var operation = document.get("paths").get("/api/v1/mailbox/messages").get("get");
        assertThat(operation.get("summary").asString()).contains("local mail server");
        assertThat(operation.get("responses").has("404")).isTrue();
    }

    @Test
    void onlyStaffReadTheMailbox() {
        assertThat(ApiClient.as(port, CUSTOMER).get("/api/v1/mailbox/messages").status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "partner@litware.example")
                        .get("/api/v1/mailbox/messages")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "supervisor@helpline.example")
                        .get("/api/v1/mailbox/messages")
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.as(port, "orgadmin@helpline.example")
                        .get("/api/v1/mailbox/messages")
                        .status())
                .isEqualTo(200);
        var customerPage = PageSession.signIn(port, CUSTOMER).get("/mailbox", BROWSER, "en");
        assertThat(customerPage.statusCode()).isEqualTo(403);
        assertThat(customerPage.body()).doesNotContain("href=\"/mailbox\"");
    }

    @Test
    void thePageListsTheMessagesAndItsReaderShowsTextLinksFilesAndTheHtmlInASandbox() throws Exception {
        var to = "page-" + UUID.randomUUID() + "@contoso.example";
        send(
                to,
                "Your request <HL-2026-000001>",
                "Open http://localhost:8080/requests/1 to see it.",
                "<p>Open <a href=\"http://localhost:8080/requests/1\">your request</a></p><script>alert(1)</script>");
        var id = awaitMessages(to, 1).get(0).get("id").asString();
        var session = PageSession.signIn(port, AGENT);

        var list = session.get("/mailbox?to=" + to, BROWSER, "en");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(header(list, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(list.body())
                .contains("href=\"/mailbox\"", "Your request &lt;HL-2026-000001&gt;", "href=\"/mailbox/" + id + "\"")
                .contains(to);

        var reader = session.get("/mailbox/" + id, BROWSER, "pl");
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.body())
                .contains("<a href=\"http://localhost:8080/requests/1\" target=\"_blank\" rel=\"noopener noreferrer\">")
                .contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"", "src=\"/mailbox/" + id + "/html\"")
                .contains("logs.txt", "Załączniki")
                .doesNotContain("<script>alert(1)</script>");

        var html = session.get("/mailbox/" + id + "/html", BROWSER, "en");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(header(html, "Content-Security-Policy"))
                .contains("default-src 'none'", "sandbox allow-popups", "frame-ancestors 'self'")
                .doesNotContain("script-src", "allow-scripts", "allow-same-origin");
        assertThat(header(html, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(html.body()).startsWith("<base target=\"_blank\">").contains("your request</a>");

        assertThat(session.get("/mailbox/" + UUID.randomUUID(), BROWSER, "en").statusCode())
                .isEqualTo(404);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static void send(String to, String subject, String text, String html) throws Exception {
        send("Helpline <no-reply@helpline.example>", to, subject, text, html);
    }

    private static void send(String from, String to, String subject, String text, String html) throws Exception {
        var sender = context.getBean(JavaMailSender.class);
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, html != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        if (html == null) {
            helper.setText(text);
        } else {
            helper.setText(text, html);
            helper.addAttachment("logs.txt", new ByteArrayResource("line 1".getBytes()));
        }
        sender.send(message);
    }

    private static List<JsonNode> awaitMessages(String to, int count) {
        var path = "/api/v1/mailbox/messages?to="
                + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8);
        return await("messages to " + to)
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            var response = ApiClient.as(port, AGENT).get(path);
                            assertThat(response.status()).isEqualTo(200);
                            var found = new ArrayList<JsonNode>();
                            response.json().forEach(found::add);
                            return found;
                        },
                        found -> found.size() >= count);
    }

    private static List<String> subjects(ApiClient.Response response) {
        var subjects = new ArrayList<String>();
        response.json().forEach(message -> subjects.add(message.get("subject").asString()));
        return subjects;
    }

    private static JsonNode file(String contactEmail, String title) {
        var contact = new LinkedHashMap<String, Object>();
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
        body.put("description", "Mail to external domains is delayed.");
        body.put("severity", "B");
        body.put("routeTo", "PROVIDER");
        body.put("contact", contact);
        var filed = ApiClient.as(port, CUSTOMER).post("/api/v1/requests", ApiClient.json(body));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json();
    }

    private static List<JsonNode> customerReplies(JsonNode request) {
        var found = new ArrayList<JsonNode>();
        request.get("messages").forEach(message -> {
            if (message.get("authorSide").asString().equals("CUSTOMER")) {
                found.add(message);
            }
        });
        return found;
    }

    private static String imapReplyTo(String user, String subject) throws Exception {
        try (var store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", imapPort, user, "any");
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    if (subject.equals(message.getSubject())) {
                        return ((InternetAddress) message.getReplyTo()[0]).getAddress();
                    }
                }
                throw new AssertionError("No e-mail " + subject + " in " + user + "'s mailbox");
            } finally {
                inbox.close(false);
            }
        }
    }

    private static List<String> imapSubjects(String user, String password) throws Exception {
        try (var store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", imapPort, user, password);
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                var subjects = new ArrayList<String>();
                for (Message message : inbox.getMessages()) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            } finally {
                inbox.close(false);
            }
        }
    }
}
