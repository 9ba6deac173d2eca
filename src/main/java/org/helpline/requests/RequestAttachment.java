package org.helpline.requests;

import java.util.UUID;

/** A file attached to a message of a request's thread, without its content. */
public record RequestAttachment(UUID id, UUID messageId, String fileName, String contentType, long size) {}
