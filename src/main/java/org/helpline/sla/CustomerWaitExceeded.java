package org.helpline.sla;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.Severity;

/**
 * A request waited for the customer longer than its policy allows: its SLA was lowered from
 * {@code from} to {@code to} (deadlines and the next customer-wait timer included), and the request
 * should record the new severity.
 */
public record CustomerWaitExceeded(
        UUID requestId, UUID tenantId, String organisationId, Severity from, Severity to, Instant at) {}
