package org.helpline.sla;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.Severity;

/**
 * A request waited for the customer longer than its policy allows; the request should be
 * lowered from {@code from} to {@code to}.
 */
public record CustomerWaitExceeded(
        UUID requestId, UUID tenantId, String organisationId, Severity from, Severity to, Instant at) {}
