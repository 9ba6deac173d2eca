package org.helpline.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail. */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        UUID actorId,
        String actorLogin,
        String organisationId,
        UUID tenantId,
        String action,
        String target,
        String details,
        String remoteAddress) {

    /** Whom an anonymous entry is about, as far as it is known (a login that was tried, say). */
    public record Subject(UUID userId, String login, String organisationId, UUID tenantId) {}
}
