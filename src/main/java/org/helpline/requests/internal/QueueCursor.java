package org.helpline.requests.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.helpline.shared.InvalidInputException;

/**
 * Where a queue page ended, in the queue's order (nearest deadline, nulls last, then received, then
 * id): an opaque URL-safe token, so the next page is a keyset query instead of an offset.
 */
record QueueCursor(Instant dueAt, Instant receivedAt, UUID id) {

    static QueueCursor after(RequestQueue.Queued last) {
        return new QueueCursor(
                last.due(), last.request().receivedAt(), last.request().id());
    }

    String encode() {
        var text = (dueAt == null ? "" : dueAt.toString()) + "|" + receivedAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidInputException naming {@code after} when the token was not made by {@link #encode()} */
    static QueueCursor decode(String token) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            var parts = text.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException(text);
            }
            var due = parts[0].isEmpty() ? null : Instant.parse(parts[0]);
            return new QueueCursor(due, Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "is not a cursor of this queue");
        }
    }
}
