package org.helpline.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a request's thread, its body as sanitized HTML, with the files attached to it. */
public record RequestMessage(
        UUID id,
        Instant createdAt,
        UUID authorId,
        String authorName,
        AuthorSide authorSide,
        MessageKind kind,
        boolean internal,
        String bodyHtml,
        List<RequestAttachment> attachments) {

    public RequestMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message without attachments. */
    public RequestMessage(
            UUID id,
            Instant createdAt,
            UUID authorId,
            String authorName,
            AuthorSide authorSide,
            MessageKind kind,
            boolean internal,
            String bodyHtml) {
        this(id, createdAt, authorId, authorName, authorSide, kind, internal, bodyHtml, List.of());
    }
}
