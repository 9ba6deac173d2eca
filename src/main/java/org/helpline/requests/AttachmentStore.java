package org.helpline.requests;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Keeps the content of attached files; the rows describing them stay in the database. Writes take
 * part in the caller's transaction: when it rolls back, nothing written remains. Content is
 * streamed both ways, never held whole. To keep files in an object store (S3, Azure Blob, GCS),
 * implement this interface over its client with the key {@code <tenantId>/<id>}, delete the
 * written object when the transaction rolls back (as the directory store does), and register it
 * for a new value of {@link AttachmentsProperties.Store}; docs/attachments.md describes the move.
 */
public interface AttachmentStore {

    /** The {@link AttachmentsProperties.Store} this store serves. */
    AttachmentsProperties.Store kind();

    /** Writes the whole of {@code content} under the file's id; answers the number of bytes written. */
    long write(UUID tenantId, UUID id, InputStream content) throws IOException;

    /** The content written under the file's id, to be read once and closed. */
    InputStream read(UUID tenantId, UUID id) throws IOException;

    /** Removes the content of the file, if any. */
    void delete(UUID tenantId, UUID id);
}
