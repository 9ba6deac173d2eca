package org.helpline.localmail.internal;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Date;
import org.helpline.platform.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * GreenMail's SMTP and IMAP servers on loopback only, with no authentication: any password is
 * taken, and a mailbox is created on its first delivery or login (its user name is its address).
 * A reply to {@code support+<token>@…} lands in {@code support@…}'s mailbox. Each delivery is kept by
 * {@link LocalMailbox} before it reaches the mailbox. It starts before the web server and the outbox
 * worker and stops after them.
 *
 * <p>What was kept before is read and delivered again, with its receive time, by a thread of its
 * own after the server started: a thousand kept messages took seconds on two cores, which the start
 * of the application should not wait for. Until it is done, older messages are still missing from
 * the mailboxes and the list; new ones arrive meanwhile as usual.
 */
class LocalMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalMailServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final LocalMailProperties properties;
    private final LocalMailbox mailbox;
    private volatile GreenMail server;

    LocalMailServer(LocalMailProperties properties, LocalMailbox mailbox) {
        this.properties = properties;
        this.mailbox = mailbox;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        long begin = System.nanoTime();
        var started = listening();
        var users = started.getUserManager();
        var lookup = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler(keeping(lookup));
        server = started;
        log.info(
                "Local mail server on {}: SMTP port {}, IMAP port {}, messages kept in {}; started in {} ms",
                LOOPBACK,
                properties.smtpPort(),
                properties.imapPort(),
                properties.directory().toAbsolutePath().normalize(),
                (System.nanoTime() - begin) / 1_000_000);
        DaemonThreads.named("local-mail-kept-")
                .newThread(() -> deliverKept(started, lookup))
                .start();
    }

    private GreenMail listening() {
        var configuration =
                GreenMailConfiguration.aConfig().withDisabledAuthentication().withSieveIgnoreDetail();
        var greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(properties.smtpPort(), LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(properties.imapPort(), LOOPBACK, ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(configuration);
        try {
            greenMail.start();
            return greenMail;
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "The local mail server cannot listen on 127.0.0.1 ports " + properties.smtpPort() + " and "
                            + properties.imapPort() + " (another Helpline running?): set helpline.mail.local.smtp-port"
                            + " and imap-port, or helpline.mail.local.enabled=false",
                    e);
        }
    }

    /** The default lookup (and creation) of the mailbox, which keeps the message on disk first. */
    private MessageDeliveryHandler keeping(MessageDeliveryHandler lookup) {
        return (message, recipient) -> {
            var user = lookup.handle(message, recipient);
            try {
                mailbox.received(recipient.getEmail(), message.getMessage());
            } catch (IOException e) {
                throw new MessagingException("the local mailbox cannot keep the message: " + e.getMessage(), e);
            }
            return user;
        };
    }

    /** Delivers the kept messages into their mailboxes again, unless the server stopped meanwhile. */
    private void deliverKept(GreenMail started, MessageDeliveryHandler lookup) {
        long begin = System.nanoTime();
        var folders = started.getManagers().getImapHostManager();
        int delivered = 0;
        for (var kept : mailbox.load()) {
            if (server != started) {
                return;
            }
            try {
                if (LocalMailbox.isText(kept.message())) {
                    continue;
                }
                var moving = new MovingMessage();
                moving.setMimeMessage(kept.message());
                var to = kept.message().getHeader(MailFiles.DELIVERED_TO, null);
                var user = lookup.handle(moving, new MailAddress(to));
                folders.getInbox(user).appendMessage(kept.message(), new Flags(), Date.from(kept.receivedAt()));
                delivered++;
            } catch (MessagingException | UserException | FolderException | RuntimeException e) {
                log.warn("Cannot deliver the kept local mail {} again: {}", kept.file(), e.toString());
            }
        }
        log.info(
                "{} kept local mail messages delivered again in {} ms",
                delivered,
                (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public synchronized void stop() {
        var running = server;
        server = null;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Before the web server (which starts at {@code DEFAULT_PHASE - 1024}) and the outbox worker. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 2048;
    }
}
