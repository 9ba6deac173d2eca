package org.helpline.localmail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.helpline.localmail.internal.MailboxMessage.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the local server received, e-mails and text messages alike, kept in {@link MailFiles}
 * and listed from memory: each message is read from its file once, when it arrives or at start-up,
 * and again only when someone opens it.
 */
public class LocalMailbox {

    static final String CHANNEL = "X-Helpline-Channel";
    static final String TEXT_SENDER = "texts@helpline.localhost";
    static final String TEXT_SUBJECT = "Text message";

    private static final Logger log = LoggerFactory.getLogger(LocalMailbox.class);

    /** {@code sequence} orders messages received in the same millisecond. */
    private record Entry(MailboxMessage message, Path file, long sequence) {}

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(
                    (Entry entry) -> entry.message().receivedAt())
            .thenComparingLong(Entry::sequence)
            .reversed();

    private final MailFiles files;
    private final Clock clock;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    LocalMailbox(MailFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /**
     * Reads the messages kept on disk into the list; answers them as read, for the server to deliver
     * again. A message that arrives meanwhile is listed once, by its id, whether it was read here too
     * or not.
     */
    List<MailFiles.Stored> load() {
        var stored = files.readAll();
        for (var message : stored) {
            if (!entries.containsKey(message.id())) {
                add(message);
            }
        }
        return stored;
    }

    /** Keeps {@code message}, which just arrived for {@code to}; answers it as stored (its time to the millisecond, as its file keeps it). */
    MailFiles.Stored received(String to, MimeMessage message) throws IOException, MessagingException {
        var stored = files.write(to, message, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        add(stored);
        return stored;
    }

    /**
     * Keeps a text message to the number {@code to} as a message of its own, listed like an e-mail
     * but in no mailbox of the server: a number has none.
     */
    MailboxMessage texted(String to, String body) throws IOException, MessagingException {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(TEXT_SENDER, "Helpline", "UTF-8"));
        message.setSubject(TEXT_SUBJECT, "UTF-8");
        message.setText(body, "UTF-8");
        message.setHeader(CHANNEL, "text");
        message.setSentDate(Date.from(clock.instant()));
        return summaryOf(received(to, message));
    }

    /** The messages to {@code to} (any recipient when blank), newest first, at most {@code limit}. */
    public List<MailboxMessage> messages(String to, int limit) {
        var recipient = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
        return entries.values().stream()
                .filter(entry -> recipient.isEmpty() || entry.message().to().equalsIgnoreCase(recipient))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .map(Entry::message)
                .toList();
    }

    /** Everyone who received a message, in alphabetical order. */
    public List<String> recipients() {
        return entries.values().stream()
                .map(entry -> entry.message().to())
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    public Optional<MailboxMessage> message(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::message);
    }

    /** What the reader shows of message {@code id}, read again from its file. */
    public Optional<MessageContent> content(String id) {
        var entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MimeContent.of(MailFiles.read(entry.file())));
        } catch (IOException | MessagingException e) {
            log.warn("Cannot read the local mail file {}: {}", entry.file(), e.toString());
            return Optional.empty();
        }
    }

    static boolean isText(MimeMessage message) throws MessagingException {
        return "text".equalsIgnoreCase(message.getHeader(CHANNEL, null));
    }

    private MailboxMessage summaryOf(MailFiles.Stored stored) {
        return message(stored.id()).orElseThrow();
    }

    private void add(MailFiles.Stored stored) {
        try {
            entries.put(stored.id(), new Entry(summary(stored), stored.file(), sequence.incrementAndGet()));
        } catch (IOException | MessagingException | RuntimeException e) {
            log.warn("Skipping the unreadable local mail file {}: {}", stored.file(), e.toString());
        }
    }

    private static MailboxMessage summary(MailFiles.Stored stored) throws IOException, MessagingException {
        var message = stored.message();
        var channel = isText(message) ? Channel.TEXT : Channel.EMAIL;
        return new MailboxMessage(
                stored.id(),
                channel,
                from(message),
                message.getHeader(MailFiles.DELIVERED_TO, null),
                message.getSubject() == null ? "" : message.getSubject(),
                stored.receivedAt(),
                MimeContent.of(message).text());
    }

    private static String from(MimeMessage message) throws MessagingException {
        var from = message.getFrom();
        if (from == null || from.length == 0) {
            return "";
        }
        return from[0] instanceof InternetAddress address ? address.toUnicodeString() : from[0].toString();
    }
}
