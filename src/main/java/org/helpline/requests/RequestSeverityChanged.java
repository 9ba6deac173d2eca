package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.Severity;

/** An agent changed a request's severity, or Helpline lowered it because the customer did not respond. */
public record RequestSeverityChanged(
        UUID requestId,
        UUID tenantId,
        String organisationId,
        String number,
        Severity from,
        Severity to,
        String reason,
        boolean automatic,
        Instant at) {}
