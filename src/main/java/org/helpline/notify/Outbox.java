package org.helpline.notify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox. A message is written in the caller's transaction, so it exists exactly when the
 * business change that caused it commits; a worker delivers it after the commit, retrying with
 * backoff, and marks it delivered or failed with the reason.
 */
public interface Outbox {

    /** Writes the message to the outbox in the caller's transaction; answers its id. */
    UUID enqueue(OutgoingMessage message);

    /** Writes the messages to the outbox in the caller's transaction, together; answers their ids in order. */
    List<UUID> enqueueAll(List<OutgoingMessage> outgoing);

    /** An e-mail from {@code templates/<template>.html} with the subject of message key {@code subjectKey}. */
    UUID enqueueEmail(String to, Locale locale, String subjectKey, String template, Map<String, String> values);

    /** A text message from {@code templates/<template>.txt}. */
    UUID enqueueText(String toE164, Locale locale, String template, Map<String, String> values);

    Optional<DeliveryStatus> status(UUID messageId);

    /**
     * Marks an e-mail the SMTP server had accepted as failed, because a delivery status
     * notification said it could not be delivered; {@code reason} is what it said. Answers false
     * when no sent message has this id (unknown, or failed already), and then changes nothing.
     */
    boolean bounced(UUID messageId, String reason);
}
