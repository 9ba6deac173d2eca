package org.helpline.requests.internal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.helpline.requests.AttachmentStore;
import org.helpline.requests.AttachmentsProperties;
import org.helpline.requests.AttachmentsProperties.Store;
import org.springframework.stereotype.Component;

/**
 * The store new files go to ({@code helpline.attachments.store}) and the stores files were written
 * to before: each file row names its store, so switching the setting keeps older files readable as
 * long as their store stays configured.
 */
@Component
class AttachmentStores {

    private final Map<Store, AttachmentStore> stores = new EnumMap<>(Store.class);
    private final Store current;

    AttachmentStores(DatabaseAttachmentStore database, AttachmentsProperties properties) {
        stores.put(Store.DATABASE, database);
        if (!properties.directory().isBlank()) {
            stores.put(Store.DIRECTORY, new DirectoryAttachmentStore(Path.of(properties.directory())));
        }
        this.current = properties.store();
    }

    /** The store new files are written to. */
    AttachmentStore current() {
        return stores.get(current);
    }

    /** The store a file was written to. */
    AttachmentStore of(Store kind) {
        var store = stores.get(kind);
        if (store == null) {
            throw new IllegalStateException("Files are kept in the " + kind
                    + " store, which is not configured: set helpline.attachments.directory");
        }
        return store;
    }
}
