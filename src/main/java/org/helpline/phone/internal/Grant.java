package org.helpline.phone.internal;

import java.time.Instant;

/** Access to a tenant's account for one call; it ends with the call or at {@code expiresAt}. */
public record Grant(GrantReason reason, Instant grantedAt, Instant expiresAt) {}
