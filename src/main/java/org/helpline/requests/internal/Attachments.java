package org.helpline.requests.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.AttachmentUpload;
import org.helpline.requests.AttachmentsProperties;
import org.helpline.requests.RequestAttachment;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.StoredAttachment;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Files attached to requests: checked against the limits of {@code helpline.attachments} before
 * anything is written, typed from their content, drawn as a thumbnail when they are pictures, and
 * kept in the configured {@link AttachmentStores store}, all in the caller's transaction, so a
 * refused file leaves no other file of its message behind. Reading follows the request's own access
 * rules: files of internal notes for agents only, a pending upload for its uploader only.
 */
@Component
public class Attachments {

    private final RequestAttachments rows;
    private final AttachmentStores stores;
    private final AttachmentLimits limits;
    private final Revisions revisions;
    private final Viewers viewers;

    Attachments(
            RequestAttachments rows,
            AttachmentStores stores,
            AttachmentsProperties properties,
            Revisions revisions,
            Viewers viewers) {
        this.rows = rows;
        this.stores = stores;
        this.limits = new AttachmentLimits(properties);
        this.revisions = revisions;
        this.viewers = viewers;
    }

    /** Files the user uploads to an open request they may see, pending until a message of theirs names them. */
    public List<RequestAttachment> upload(HelplineUser user, UUID requestId, List<AttachmentUpload> files) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, requestId);
        if (request.status() == RequestStatus.CLOSED) {
            throw RuleViolated.notOpen(request.status());
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "at least one file part is required");
        }
        limits.check(files, List.of(), rows.totalSize(request.tenantId(), requestId));
        return store(new Target(request.tenantId(), requestId, null, viewer.userId(), true), files);
    }

    /**
     * Puts the writer's pending uploads {@code attachmentIds} and the new {@code files} on a message
     * (or, with a null {@code messageId}, on the request itself); an id that is not the writer's
     * pending upload of this request is refused (400, {@code attachmentIds}).
     */
    void attach(Target target, List<UUID> attachmentIds, List<AttachmentUpload> files) {
        var ids = new LinkedHashSet<>(attachmentIds);
        var pending = ids.isEmpty()
                ? List.<Long>of()
                : rows.pendingSizes(target.tenantId(), target.requestId(), ids, target.uploaderId());
        if (pending.size() != ids.size()) {
            throw new InvalidInputException("attachmentIds", "names a file that is not your upload to this request");
        }
        if (ids.isEmpty() && files.isEmpty()) {
            return;
        }
        limits.check(files, pending, rows.totalSize(target.tenantId(), target.requestId()));
        if (!ids.isEmpty()) {
            rows.attach(target.tenantId(), target.requestId(), ids, target.uploaderId(), target.messageId());
        }
        store(target, files);
    }

    /** Files that came with an e-mail: their size was checked by the mail module's own limit. */
    void attachReceived(Target target, List<AttachmentUpload> files) {
        store(target, files);
    }

    /** A file of a request the user may see, to stream; 404 for anything else. */
    public StoredAttachment download(HelplineUser user, UUID requestId, UUID attachmentId) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, requestId);
        var found = rows.file(request.tenantId(), requestId, attachmentId, viewer.userId(), viewer.isAgent())
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        var store = stores.of(found.storedIn());
        var tenantId = request.tenantId();
        InputStreamSource content = () -> store.read(tenantId, attachmentId);
        return new StoredAttachment(found.fileName(), found.contentType(), found.size(), content);
    }

    /** The thumbnail (PNG) of a picture of a request the user may see; 404 for anything else. */
    public byte[] thumbnail(HelplineUser user, UUID requestId, UUID attachmentId) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, requestId);
        return rows.thumbnail(request.tenantId(), requestId, attachmentId, viewer.userId(), viewer.isAgent())
                .orElseThrow(() -> new NotFoundException("Thumbnail", attachmentId));
    }

    /** Removes up to {@code limit} pending uploads older than the setting allows; answers how many. */
    public int removeExpired(int limit) {
        var expired = rows.expired(revisions.now().minus(limits.pendingFor()), limit);
        for (var file : expired) {
            rows.delete(file.tenantId(), file.id());
            stores.of(file.storedIn()).delete(file.tenantId(), file.id());
        }
        return expired.size();
    }

    private List<RequestAttachment> store(Target target, List<AttachmentUpload> files) {
        var store = stores.current();
        var stored = new ArrayList<RequestAttachment>();
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            var id = UUID.randomUUID();
            try {
                var type = detect(file);
                long size;
                try (var in = file.content().getInputStream()) {
                    size = store.write(target.tenantId(), id, in);
                }
                limits.checkWritten(file, size);
                var thumbnail = Thumbnails.drawable(type) ? thumbnail(file) : null;
                rows.insert(
                        new RequestAttachments.Row(
                                target.tenantId(),
                                target.requestId(),
                                target.messageId(),
                                id,
                                i,
                                file.fileName(),
                                type,
                                size,
                                target.pending(),
                                target.uploaderId(),
                                store.kind(),
                                thumbnail),
                        revisions.now());
                stored.add(
                        new RequestAttachment(id, target.messageId(), file.fileName(), type, size, thumbnail != null));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not store " + file.fileName(), e);
            }
        }
        return stored;
    }

    private static String detect(AttachmentUpload file) throws IOException {
        try (var in = file.content().getInputStream()) {
            return ContentTypes.detect(in);
        }
    }

    private static byte[] thumbnail(AttachmentUpload file) throws IOException {
        try (var in = file.content().getInputStream()) {
            return Thumbnails.of(in).orElse(null);
        }
    }

    /** Where files go: a request, a message of it (null: the request itself), who uploads them, and whether they wait for a message. */
    record Target(UUID tenantId, UUID requestId, UUID messageId, UUID uploaderId, boolean pending) {}
}
