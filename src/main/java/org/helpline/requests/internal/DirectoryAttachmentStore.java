package org.helpline.requests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.helpline.requests.AttachmentStore;
import org.helpline.requests.AttachmentsProperties;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps file content as files under one directory, {@code <tenantId>/<id>}, which all nodes must
 * share. A file is written under a temporary name and moved into place, so a reader never sees half
 * of it; when the writing transaction rolls back, the file is removed again, so that a refused
 * message leaves nothing behind.
 */
class DirectoryAttachmentStore implements AttachmentStore {

    private final Path root;

    DirectoryAttachmentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public AttachmentsProperties.Store kind() {
        return AttachmentsProperties.Store.DIRECTORY;
    }

    @Override
    public long write(UUID tenantId, UUID id, InputStream content) throws IOException {
        var target = path(tenantId, id);
        Files.createDirectories(target.getParent());
        var partial = target.resolveSibling(id + ".partial");
        long written;
        try {
            written = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        removeOnRollback(tenantId, id);
        return written;
    }

    @Override
    public InputStream read(UUID tenantId, UUID id) throws IOException {
        return Files.newInputStream(path(tenantId, id));
    }

    @Override
    public void delete(UUID tenantId, UUID id) {
        try {
            Files.deleteIfExists(path(tenantId, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(UUID tenantId, UUID id) {
        return root.resolve(tenantId.toString()).resolve(id.toString());
    }

    private void removeOnRollback(UUID tenantId, UUID id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(tenantId, id);
                }
            }
        });
    }
}
