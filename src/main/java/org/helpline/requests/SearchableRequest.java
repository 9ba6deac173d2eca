package org.helpline.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.shared.Severity;

/**
 * What a request's search document is made of: who may find it, the fields the list filters by,
 * and its text (Markdown as written). Internal notes are marked, since tenant admins must not find
 * their words.
 */
public record SearchableRequest(
        UUID id,
        UUID tenantId,
        String organisationId,
        HandledBy handledBy,
        UUID partnerId,
        String number,
        String title,
        String description,
        String requesterName,
        String contactName,
        String contactEmail,
        RequestStatus status,
        Severity severity,
        String serviceId,
        String language,
        Instant receivedAt,
        List<Message> messages) {

    public SearchableRequest {
        messages = List.copyOf(messages);
    }

    /** A message of the thread as written. */
    public record Message(String text, boolean internal) {}
}
