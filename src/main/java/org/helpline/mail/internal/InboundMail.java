package org.helpline.mail.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Properties;
import org.helpline.mail.MailProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads replies to request e-mails from the inbound mailbox ({@code helpline.mail.inbound.*},
 * IMAP). Each unseen e-mail is read without marking it, handled in one transaction (added to its
 * request's thread or refused, and recorded by its Message-ID), and marked seen only after that
 * committed. A crash before the commit leaves it unseen and it is read again; a crash after the
 * commit but before the mark finds it recorded and only marks it, so no reply is lost or added
 * twice, whichever node reads it. A recurring job polls on one node at a time. An e-mail that
 * cannot be handled (unreadable, or the database failed) stays unseen, is logged and is tried again
 * at the next poll.
 */
@Service
public class InboundMail {

    private static final Logger log = LoggerFactory.getLogger(InboundMail.class);

    private final MailProperties properties;
    private final InboundReading reading;

    InboundMail(MailProperties properties, InboundReading reading) {
        this.properties = properties;
        this.reading = reading;
    }

    /** Reads the mailbox once; answers how many e-mails were handled now (not those handled before). */
    public int poll() {
        var inbound = properties.inbound();
        if (!inbound.enabled()) {
            return 0;
        }
        try (var store = session(inbound).getStore(inbound.protocol())) {
            store.connect(
                    inbound.host(), inbound.port() == 0 ? -1 : inbound.port(), inbound.username(), inbound.password());
            var folder = store.getFolder(inbound.folder());
            folder.open(Folder.READ_WRITE);
            try {
                return readAll(folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)));
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Cannot read the inbound mailbox {}@{}: {}", inbound.username(), inbound.host(), e.getMessage());
            return 0;
        }
    }

    private int readAll(Message[] unseen) throws MessagingException {
        int handled = 0;
        for (var message : unseen) {
            try {
                if (reading.handle(message)) {
                    handled++;
                }
                message.setFlag(Flags.Flag.SEEN, true);
            } catch (IOException | MessagingException | RuntimeException e) {
                log.warn(
                        "Cannot handle inbound e-mail {}; it is read again at the next poll",
                        message.getMessageNumber(),
                        e);
            }
        }
        return handled;
    }

    private static Session session(MailProperties.Inbound inbound) {
        var settings = new Properties();
        var protocol = inbound.protocol();
        var timeout = String.valueOf(inbound.timeout().toMillis());
        settings.put("mail.store.protocol", protocol);
        settings.put("mail." + protocol + ".peek", "true");
        settings.put("mail." + protocol + ".connectiontimeout", timeout);
        settings.put("mail." + protocol + ".timeout", timeout);
        settings.put("mail." + protocol + ".writetimeout", timeout);
        if ("imaps".equals(protocol)) {
            settings.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(settings);
    }
}
