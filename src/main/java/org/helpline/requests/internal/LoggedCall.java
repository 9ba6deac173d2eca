package org.helpline.requests.internal;

import java.time.Instant;
import java.util.UUID;

/** A phone call an agent logged on one of a tenant's requests: when, by whom, on which request. */
public record LoggedCall(UUID requestId, String number, Instant at, String agentName) {}
