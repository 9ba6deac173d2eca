package org.helpline.alerts.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.sla.ClockKind;

/** One in-app alert of a user about a clock of a request; {@code readAt} is null while unread. */
public record Alert(
        UUID id,
        UUID requestId,
        String requestNumber,
        String requestTitle,
        AlertKind kind,
        ClockKind clock,
        Instant due,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
