package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;

/** A request moved from one status to another. */
public record RequestStatusChanged(
        UUID requestId,
        UUID tenantId,
        String organisationId,
        String number,
        RequestStatus from,
        RequestStatus to,
        String reason,
        Instant at) {}
