package org.helpline.sla;

import java.time.Instant;
import java.util.UUID;

/** A clock of a request passed its deadline unmet; published by the clock's durable timer. */
public record SlaBreached(
        UUID requestId, UUID tenantId, String organisationId, ClockKind clock, Instant due, Instant at) {}
