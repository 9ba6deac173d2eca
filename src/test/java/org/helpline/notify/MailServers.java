package org.helpline.notify;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.helpline.TestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outside world of mail tests, started once per JVM on loopback: a GreenMail SMTP and IMAP
 * server (with the mailbox {@link #SUPPORT} that replies to request e-mails go to), an
 * HTTP text-message gateway that records what it receives (numbers ending in 0503 get HTTP 503,
 * in 0400 get HTTP 400, in 0429 get HTTP 503 twice and are then accepted), and a clock tests can
 * move forward. The initializer points the
 * application at them; {@link MailApplication} runs the one application all mail tests share.
 */
public class MailServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final GreenMail SMTP;
    public static final String SUPPORT = "support@helpline.example";
    public static final GreenMailUser SUPPORT_MAILBOX;
    public static final ConcurrentLinkedQueue<Map<String, String>> TEXTS = new ConcurrentLinkedQueue<>();
    public static final MovableClock CLOCK = new MovableClock();
    private static final int GATEWAY_PORT;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> BUSY_TRIES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{8})\\b");

    static {
        SMTP = new GreenMail(new ServerSetup[] {
            new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        SMTP.start();
        SUPPORT_MAILBOX = SMTP.setUser(SUPPORT, "support", "support-secret");
        GATEWAY_PORT = startGateway();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new TestDatabase(TestDatabase.ownDatabase("mail")).initialize(context);
        var inbound = Map.of(
                "helpline.mail.reply-address", SUPPORT,
                "helpline.mail.inbound.host", "127.0.0.1",
                "helpline.mail.inbound.port", String.valueOf(SMTP.getImap().getPort()),
                "helpline.mail.inbound.protocol", "imap",
                "helpline.mail.inbound.username", "support",
                "helpline.mail.inbound.password", "support-secret",
                "helpline.mail.inbound.poll-interval", "1h",
                "helpline.mail.inbound.max-attachment-size", "64KB");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("helpline-mail-inbound-test", new java.util.HashMap<>(inbound)));
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "helpline-mail-test",
                        Map.of(
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port",
                                        String.valueOf(SMTP.getSmtp().getPort()),
                                "helpline.notify.poll-interval", "200ms",
                                "helpline.notify.first-retry", "1s",
                                "helpline.notify.text-gateway", "http",
                                "helpline.notify.text-gateway-url", "http://127.0.0.1:" + GATEWAY_PORT + "/sms",
                                "helpline.notify.text-gateway-token", "test-token",
                                "helpline.phone.sends-per-tenant", "5",
                                "helpline.phone.sends-per-caller", "3")));
        ((GenericApplicationContext) context)
                .registerBean("movableClock", Clock.class, () -> CLOCK, definition -> definition.setPrimary(true));
    }

    /** The 8-digit code of the latest e-mail to {@code address}, waiting up to 10 s for it. */
    public static String codeMailedTo(String address, int expectedMails) throws Exception {
        var mails = await("e-mail number " + expectedMails + " to " + address)
                .atMost(Duration.ofSeconds(10))
                .until(() -> mailsTo(address), found -> found.size() >= expectedMails);
        return code(html(mails.get(mails.size() - 1)));
    }

    /** The HTML part of an e-mail Helpline sent (each has a plain-text part too). */
    public static String html(MimeMessage mail) throws Exception {
        return part(mail, "text/html");
    }

    /** The plain-text part of an e-mail Helpline sent. */
    public static String text(MimeMessage mail) throws Exception {
        return part(mail, "text/plain");
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

    public static List<MimeMessage> mailsTo(String address) throws Exception {
        var found = new java.util.ArrayList<MimeMessage>();
        for (var message : SMTP.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The code of the latest text message to {@code e164}, waiting up to 10 s for number {@code expected}. */
    public static String codeTextedTo(String e164, int expected) {
        var texts = await("text message number " + expected + " to " + e164)
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> TEXTS.stream()
                                .filter(text -> e164.equals(text.get("to")))
                                .toList(),
                        found -> found.size() >= expected);
        return code(texts.get(texts.size() - 1).get("text"));
    }

    public static String code(String body) {
        var matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No 8-digit code in: " + body);
        }
        return matcher.group(1);
    }

    private static int startGateway() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", exchange -> {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                @SuppressWarnings("unchecked")
                Map<String, String> message = JSON.readValue(body, Map.class);
                var authorized =
                        "Bearer test-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
                var to = message.getOrDefault("to", "");
                var status =
                        !authorized ? 401 : to.endsWith("0503") || busy(to) ? 503 : to.endsWith("0400") ? 400 : 202;
                if (status == 202) {
                    TEXTS.add(message);
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a number ending in 0429 is still busy: its first two texts are answered 503. */
    private static boolean busy(String to) {
        return to.endsWith("0429")
                && BUSY_TRIES
                                .computeIfAbsent(to, number -> new java.util.concurrent.atomic.AtomicInteger())
                                .incrementAndGet()
                        <= 2;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The system clock plus an offset that tests move forward, never back. */
    public static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        public void advance(Duration by) {
            offset.accumulateAndGet(by, Duration::plus);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
