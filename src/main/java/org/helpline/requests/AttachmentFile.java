package org.helpline.requests;

import java.util.Objects;

/** A file received whole with its content: one attached to a reply by e-mail (see {@link AttachmentUpload#of}). */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

    public AttachmentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
