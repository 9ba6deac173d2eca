package org.helpline.mail.internal;

import org.helpline.notify.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivery status notifications of the inbound mailbox: one that says an e-mail of the outbox
 * failed marks that message failed with the server's reason. Reports about e-mails Helpline did
 * not send, about messages already failed, and reports of anything but a failure (delayed,
 * delivered) change nothing and are only logged; none is ever taken for a reply.
 */
@Component
class Bounces {

    private static final Logger log = LoggerFactory.getLogger(Bounces.class);

    private final Outbox outbox;

    Bounces(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Answers whether the report marked a message failed now. */
    boolean handle(DeliveryReport report) {
        if (report.outboxId() == null) {
            log.info("Ignored a delivery status notification about an e-mail Helpline did not send");
            return false;
        }
        if (!report.failed()) {
            log.info("Ignored a delivery status notification about message {}: not a failure", report.outboxId());
            return false;
        }
        if (!outbox.bounced(report.outboxId(), report.reason())) {
            log.info("Ignored a bounce of message {}: no sent message has this id", report.outboxId());
            return false;
        }
        log.warn("Message {} bounced: {}", report.outboxId(), report.reason());
        return true;
    }
}
