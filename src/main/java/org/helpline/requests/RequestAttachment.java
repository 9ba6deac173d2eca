package org.helpline.requests;

import java.util.UUID;

/**
 * A file attached to a message of a request's thread (or, with a null {@code messageId}, to the
 * request itself when it was filed), without its content; {@code thumbnail} says whether a small
 * picture of it exists.
 */
public record RequestAttachment(
        UUID id, UUID messageId, String fileName, String contentType, long size, boolean thumbnail) {

    public RequestAttachment(UUID id, UUID messageId, String fileName, String contentType, long size) {
        this(id, messageId, fileName, contentType, size, false);
    }
}
