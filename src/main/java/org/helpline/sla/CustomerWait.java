package org.helpline.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A request that waits for its customer: since when, and when R-19 lowers its severity unless the
 * customer answers ({@code downgradeDue} null when its policy never does).
 */
public record CustomerWait(UUID requestId, UUID tenantId, Instant since, Instant downgradeDue) {}
