package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * Helpline reminded the customer that a request waits for their answer, before the R-19 downgrade;
 * {@code text} is the reminder in the contact's language, {@code rule} the automation rule that sent it.
 */
public record CustomerReminded(
        UUID requestId, UUID tenantId, String organisationId, String number, String text, String rule, Instant at) {}
