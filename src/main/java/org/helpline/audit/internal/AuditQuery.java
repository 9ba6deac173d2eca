package org.helpline.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** A filter over the audit trail of one support organisation; null members do not filter. */
public record AuditQuery(String organisationId, String action, String actor, UUID tenantId, Instant from, Instant to) {}
