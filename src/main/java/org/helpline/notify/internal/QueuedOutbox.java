package org.helpline.notify.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.notify.DeliveryChannel;
import org.helpline.notify.DeliveryStatus;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.helpline.platform.HistoryWriting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The database-backed {@link Outbox}. */
@Service("outbox")
class QueuedOutbox implements Outbox {

    private static final int MAX_RECIPIENT = 254;

    private final OutboxMessages messages;
    private final PayloadCipher cipher;
    private final OutboxWorker worker;
    private final OutboxMeters meters;
    private final Clock clock;

    QueuedOutbox(OutboxMessages messages, PayloadCipher cipher, OutboxWorker worker, OutboxMeters meters, Clock clock) {
        this.messages = messages;
        this.cipher = cipher;
        this.worker = worker;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @Override
    public UUID enqueue(OutgoingMessage message) {
        return enqueueAll(List.of(message)).get(0);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @Override
    public List<UUID> enqueueAll(List<OutgoingMessage> outgoing) {
        outgoing.forEach(QueuedOutbox::checkRecipient);
        if (HistoryWriting.inProgress()) {
            // Nothing of the demo history is sent, so there is nothing to write or encrypt either.
            return outgoing.stream().map(message -> UUID.randomUUID()).toList();
        }
        var rows = outgoing.stream().map(this::row).toList();
        messages.insert(rows, clock.instant());
        if (!rows.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
        return rows.stream().map(OutboxRow::id).toList();
    }

    private OutboxRow row(OutgoingMessage message) {
        var secrets = message.secrets().isEmpty() ? null : cipher.encrypt(Payloads.write(message.secrets()));
        return new OutboxRow(
                UUID.randomUUID(),
                message.channel(),
                message.recipient(),
                message.locale().toLanguageTag(),
                message.template(),
                message.subjectKey(),
                Payloads.write(message.values()),
                secrets,
                "PENDING",
                0,
                message.notAfter(),
                null,
                null,
                secrets != null,
                null,
                null,
                null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @Override
    public UUID enqueueEmail(String to, Locale locale, String subjectKey, String template, Map<String, String> values) {
        return enqueue(
                new OutgoingMessage(DeliveryChannel.EMAIL, to, locale, template, subjectKey, values, Map.of(), null));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @Override
    public UUID enqueueText(String toE164, Locale locale, String template, Map<String, String> values) {
        return enqueue(
                new OutgoingMessage(DeliveryChannel.TEXT, toE164, locale, template, null, values, Map.of(), null));
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<DeliveryStatus> status(UUID messageId) {
        return messages.find(messageId).map(QueuedOutbox::status);
    }

    static DeliveryStatus status(OutboxRow row) {
        var state = DeliveryStatus.State.of(row.status(), row.attempts());
        return new DeliveryStatus(
                row.id(),
                row.channel(),
                state,
                row.attempts(),
                row.deliveredAt(),
                state.inFlight() ? row.nextAttemptAt() : null,
                row.lastAttemptAt(),
                state == DeliveryStatus.State.SENT ? null : row.lastError());
    }

    @Transactional
    @Override
    public boolean bounced(UUID messageId, String reason) {
        var bounced = messages.markBounced(messageId, reason, clock.instant());
        if (bounced) {
            meters.failed(DeliveryChannel.EMAIL, 1);
        }
        return bounced;
    }

    private static void checkRecipient(OutgoingMessage message) {
        var to = message.recipient();
        var valid = to.length() <= MAX_RECIPIENT
                && switch (message.channel()) {
                    case EMAIL -> to.indexOf('@') > 0;
                    case TEXT -> to.matches("\\+[1-9][0-9]{6,14}");
                };
        if (!valid) {
            throw new IllegalArgumentException("Not a valid " + message.channel() + " recipient");
        }
    }
}
