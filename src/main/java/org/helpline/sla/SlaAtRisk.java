package org.helpline.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A running clock of a request has used 75% of its target and is still unmet: {@code due} is its
 * deadline, {@code at} when the warning was given. Published once per crossing by a recurring
 * check (issue 7); a clock that was paused, met or stopped before then is not warned about.
 */
public record SlaAtRisk(
        UUID requestId, UUID tenantId, String organisationId, ClockKind clock, Instant due, Instant at) {}
