package org.helpline.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.notify.DeliveryStatus;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox for the org admins of the organisation that runs Helpline: its messages by state,
 * and sending a failed one again.
 *
 * <p>Security decision: the outbox has no organisation column (a message is written by whichever
 * module sends it, for any organisation), so its recipients and errors are shown only to the org
 * admins of the provider (the support organisation of kind {@code PROVIDER}); org admins of a
 * regional operator, partner agents and tenant admins are refused (docs/security.md).
 */
@Service
public class OutboxAdministration {

    public static final int MAX_PAGE_SIZE = 200;

    private final OutboxMessages messages;
    private final OutboxWorker worker;
    private final TenantManagement tenancy;
    private final Clock clock;

    OutboxAdministration(OutboxMessages messages, OutboxWorker worker, TenantManagement tenancy, Clock clock) {
        this.messages = messages;
        this.worker = worker;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** A page of messages, newest first, with the total that {@code state} (any when null) matches. */
    public record OutboxPage(List<OutboxEntry> items, long total, int page, int size) {}

    /** Whether the user may see the outbox: an org admin of the provider. */
    @Transactional(readOnly = true)
    public boolean mayAdminister(HelplineUser user) {
        return user != null
                && user.has(Role.ORG_ADMIN)
                && user.partnerId().isEmpty()
                && user.tenantId().isEmpty()
                && "PROVIDER".equals(tenancy.organisation(user.organisationId()).kind());
    }

    @Transactional(readOnly = true)
    public OutboxPage messages(HelplineUser admin, DeliveryStatus.State state, int page, int size) {
        require(admin);
        var bounded = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        var total = messages.count(state);
        var pages = Math.max(1, (total + bounded - 1) / bounded);
        var shown = (int) Math.min(Math.max(page, 0), pages - 1);
        var now = clock.instant();
        var items = messages.page(state, shown * bounded, bounded).stream()
                .map(row -> entry(row, now))
                .toList();
        return new OutboxPage(items, total, shown, bounded);
    }

    /** How many messages are in each state, every state present. */
    @Transactional(readOnly = true)
    public Map<DeliveryStatus.State, Long> counts(HelplineUser admin) {
        require(admin);
        var counts = new EnumMap<DeliveryStatus.State, Long>(DeliveryStatus.State.class);
        for (var state : DeliveryStatus.State.values()) {
            counts.put(state, 0L);
        }
        counts.putAll(messages.countsByState());
        return counts;
    }

    /**
     * Puts a failed message back as pending, its attempts reset, and wakes the worker once that
     * committed.
     *
     * @throws MessageNotResendableException when it has not failed, expired or lost its secrets
     */
    @Transactional
    public OutboxEntry resend(HelplineUser admin, UUID id) {
        require(admin);
        var now = clock.instant();
        var row = messages.find(id).orElseThrow(() -> new NotFoundException("Message", id));
        var refusal = refusal(row, now);
        if (refusal != null) {
            throw new MessageNotResendableException(id, refusal);
        }
        if (!messages.resend(id, now)) {
            throw new MessageNotResendableException(id, MessageNotResendableException.Reason.NOT_FAILED);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wake();
            }
        });
        return entry(messages.find(id).orElseThrow(), now);
    }

    private void require(HelplineUser user) {
        if (!mayAdminister(user)) {
            throw new ForbiddenException("The outbox is for the org admins of the organisation that runs Helpline.");
        }
    }

    private static OutboxEntry entry(OutboxRow row, Instant now) {
        var status = QueuedOutbox.status(row);
        var refusal = status.state() == DeliveryStatus.State.FAILED ? refusal(row, now) : null;
        return new OutboxEntry(
                row.id(),
                row.channel(),
                MessageKinds.of(row.template(), row.subjectKey()),
                row.template(),
                row.subjectKey(),
                row.recipient(),
                status.state(),
                row.attempts(),
                row.createdAt(),
                status.acceptedAt(),
                status.nextAttemptAt(),
                status.lastAttemptAt(),
                row.lastError(),
                refusal);
    }

    private static MessageNotResendableException.Reason refusal(OutboxRow row, Instant now) {
        if (!"FAILED".equals(row.status())) {
            return MessageNotResendableException.Reason.NOT_FAILED;
        }
        if (row.hasSecrets() && row.secretPayload() == null) {
            return MessageNotResendableException.Reason.SECRETS_ERASED;
        }
        if (row.notAfter() != null && !now.isBefore(row.notAfter())) {
            return MessageNotResendableException.Reason.EXPIRED;
        }
        return null;
    }
}
