package org.helpline.requests;

import java.util.Objects;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

/**
 * A file someone attaches: its name as they gave it, its size in bytes, and its content, which can
 * be read more than once (to learn its type, to store it and to draw a thumbnail). Multipart files
 * of a request are such sources: Tomcat keeps them on disk until the request ends.
 */
public record AttachmentUpload(String fileName, long size, InputStreamSource content) {

    public AttachmentUpload {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
    }

    /** A file received whole, e.g. with an e-mail. */
    public static AttachmentUpload of(AttachmentFile file) {
        return new AttachmentUpload(file.fileName(), file.content().length, new ByteArrayResource(file.content()));
    }
}
