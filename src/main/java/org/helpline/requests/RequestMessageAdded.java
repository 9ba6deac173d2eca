package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;

/** A message was added to a request's thread; internal notes are for agents only. */
public record RequestMessageAdded(
        UUID requestId,
        UUID tenantId,
        String organisationId,
        String number,
        UUID messageId,
        AuthorSide authorSide,
        MessageKind kind,
        boolean internal,
        Instant at) {}
