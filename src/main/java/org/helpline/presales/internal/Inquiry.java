package org.helpline.presales.internal;

import java.time.Instant;
import java.util.UUID;

/** One inquiry: who asked, about what, and the request it filed under the prospects tenant. */
record Inquiry(
        UUID id,
        String organisationId,
        UUID prospectId,
        UUID tenantId,
        UUID requestId,
        String requestNumber,
        String topic,
        String email,
        String clientAddress,
        String idempotencyKey,
        Instant receivedAt) {}
