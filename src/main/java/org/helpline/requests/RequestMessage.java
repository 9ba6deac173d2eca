package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;

/** One entry of a request's thread, its body as sanitized HTML. */
public record RequestMessage(
        UUID id,
        Instant createdAt,
        UUID authorId,
        String authorName,
        AuthorSide authorSide,
        MessageKind kind,
        boolean internal,
        String bodyHtml) {}
