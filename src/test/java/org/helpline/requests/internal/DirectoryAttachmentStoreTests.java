package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class DirectoryAttachmentStoreTests {

    @TempDir
    Path root;

    private final UUID tenant = UUID.randomUUID();

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aFileIsWrittenUnderItsTenantReadBackWholeAndDeleted() throws IOException {
        var store = new DirectoryAttachmentStore(root);
        var id = UUID.randomUUID();
        var content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);

        assertThat(store.write(tenant, id, new ByteArrayInputStream(content))).isEqualTo(content.length);

        assertThat(Files.exists(root.resolve(tenant.toString()).resolve(id.toString())))
                .isTrue();
        try (var in = store.read(tenant, id)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(Files.list(root.resolve(tenant.toString()))).hasSize(1);
        store.delete(tenant, id);
        assertThatThrownBy(() -> store.read(tenant, id)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileWrittenInATransactionThatRollsBackIsRemovedAndOneThatCommitsStays() throws IOException {
        var store = new DirectoryAttachmentStore(root);
        var rolledBack = UUID.randomUUID();
        var committed = UUID.randomUUID();

        TransactionSynchronizationManager.initSynchronization();
        store.write(tenant, rolledBack, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.initSynchronization();
        store.write(tenant, committed, new ByteArrayInputStream(new byte[] {4, 5}));
        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(Files.exists(root.resolve(tenant.toString()).resolve(rolledBack.toString())))
                .isFalse();
        try (var in = store.read(tenant, committed)) {
            assertThat(in.readAllBytes()).containsExactly(4, 5);
        }
    }

    private static void complete(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
    }
}
