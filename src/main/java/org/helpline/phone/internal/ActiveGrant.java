package org.helpline.phone.internal;

import java.time.Instant;
import java.util.UUID;

/** The grant an agent holds for a tenant right now, and the call it belongs to. */
public record ActiveGrant(UUID callId, UUID tenantId, UUID agentId, GrantReason reason, Instant expiresAt) {}
