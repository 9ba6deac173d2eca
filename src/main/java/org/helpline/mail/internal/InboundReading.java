package org.helpline.mail.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import org.helpline.mail.MailProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one e-mail of the mailbox and handles it in a transaction of its own: a delivery status
 * notification as a bounce, anything else as a reply.
 */
@Component
class InboundReading {

    private final InboundReplies replies;
    private final Bounces bounces;
    private final MimeReading mime;
    private final TransactionTemplate transactions;

    InboundReading(
            InboundReplies replies,
            Bounces bounces,
            MailProperties properties,
            PlatformTransactionManager transactionManager) {
        this.replies = replies;
        this.bounces = bounces;
        this.mime = new MimeReading(properties.inbound().maxAttachmentSize().toBytes());
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Answers whether the e-mail was handled now; false when it had been before. */
    public boolean handle(Message message) throws MessagingException, IOException {
        var report = DeliveryReport.of(message);
        if (report.isPresent()) {
            return bounces.handle(report.get());
        }
        var read = mime.read(message);
        return Boolean.TRUE.equals(
                transactions.execute(status -> replies.handle(read).isPresent()));
    }
}
