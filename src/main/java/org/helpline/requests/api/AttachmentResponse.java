package org.helpline.requests.api;

import java.util.UUID;
import org.helpline.requests.RequestAttachment;

/** An uploaded file: its id for a message's {@code attachmentIds}, its name, size in bytes and type as detected. */
record AttachmentResponse(UUID id, String name, long size, String contentType) {

    static AttachmentResponse of(RequestAttachment file) {
        return new AttachmentResponse(file.id(), file.fileName(), file.size(), file.contentType());
    }
}
