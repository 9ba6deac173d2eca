package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.AttachmentsProperties.Store;
import org.helpline.requests.RequestAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows describing attached files (their content is in an {@link org.helpline.requests.AttachmentStore}).
 * Every query names the tenant and the request, which the caller checked the reader may see. A
 * file is on a message, on the request itself (filed with it: no message), or pending: uploaded by
 * one user and visible to them alone until a message of theirs names it.
 */
@Repository
class RequestAttachments {

    /** A file's row as stored. */
    record Row(
            UUID tenantId,
            UUID requestId,
            UUID messageId,
            UUID id,
            int position,
            String fileName,
            String contentType,
            long size,
            boolean pending,
            UUID uploadedBy,
            Store storedIn,
            byte[] thumbnail) {}

    /** What a download needs of a file's row. */
    record Found(String fileName, String contentType, long size, Store storedIn) {}

    /** A pending file whose time ran out. */
    record Expired(UUID tenantId, UUID id, Store storedIn) {}

    private static final String VISIBLE = """
            from request_attachment a
            left join request_message m on m.tenant_id = a.tenant_id and m.request_id = a.request_id and m.id = a.message_id
            where a.tenant_id = :tenant and a.request_id = :request and a.id = :id
              and (a.pending = false or a.uploaded_by = :reader)
              and (:withInternal = true or m.internal is null or m.internal = false)
            """;

    private final JdbcClient jdbc;

    RequestAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, Instant at) {
        jdbc.sql("""
                insert into request_attachment (tenant_id, request_id, message_id, id, position, file_name,
                    content_type, size_bytes, pending, uploaded_by, stored_in, thumbnail, created_at)
                values (:tenant, :request, :message, :id, :position, :name, :type, :size, :pending, :uploadedBy,
                    :storedIn, :thumbnail, :at)
                """)
                .param("tenant", row.tenantId())
                .param("request", row.requestId())
                .param("message", row.messageId())
                .param("id", row.id())
                .param("position", row.position())
                .param("name", row.fileName())
                .param("type", row.contentType())
                .param("size", row.size())
                .param("pending", row.pending())
                .param("uploadedBy", row.uploadedBy())
                .param("storedIn", row.storedIn().name())
                .param("thumbnail", row.thumbnail())
                .param("at", timestamp(at))
                .update();
    }

    /** The files of a request's messages and of the request itself (no message id), in the order they were attached. */
    List<RequestAttachment> ofRequest(UUID tenantId, UUID requestId) {
        return jdbc.sql("""
                select id, message_id, file_name, content_type, size_bytes, thumbnail is not null
                from request_attachment
                where tenant_id = :tenant and request_id = :request and pending = false
                order by message_id, position, created_at
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .query((rs, n) -> new RequestAttachment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getBoolean(6)))
                .list();
    }

    /** One file the reader may see: not on an internal note unless {@code withInternal}, not someone else's pending upload. */
    Optional<Found> file(UUID tenantId, UUID requestId, UUID id, UUID reader, boolean withInternal) {
        return jdbc.sql("select a.file_name, a.content_type, a.size_bytes, a.stored_in " + VISIBLE)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("id", id)
                .param("reader", reader)
                .param("withInternal", withInternal)
                .query((rs, n) ->
                        new Found(rs.getString(1), rs.getString(2), rs.getLong(3), Store.valueOf(rs.getString(4))))
                .optional();
    }

    /** The thumbnail of one file the reader may see, as {@link #file} decides. */
    Optional<byte[]> thumbnail(UUID tenantId, UUID requestId, UUID id, UUID reader, boolean withInternal) {
        return jdbc.sql("select a.thumbnail " + VISIBLE + " and a.thumbnail is not null")
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("id", id)
                .param("reader", reader)
                .param("withInternal", withInternal)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The bytes of all files of a request, pending ones included. */
    long totalSize(UUID tenantId, UUID requestId) {
        return jdbc.sql("""
                select coalesce(sum(size_bytes), 0) from request_attachment
                where tenant_id = :tenant and request_id = :request
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .query(Long.class)
                .single();
    }

    /** The sizes of those of {@code ids} that are the uploader's pending files of the request. */
    List<Long> pendingSizes(UUID tenantId, UUID requestId, Collection<UUID> ids, UUID uploader) {
        return jdbc.sql("""
                select size_bytes from request_attachment
                where tenant_id = :tenant and request_id = :request and id in (:ids)
                  and pending = true and uploaded_by = :uploader
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("ids", ids)
                .param("uploader", uploader)
                .query(Long.class)
                .list();
    }

    /** Moves the uploader's pending files onto a message; answers how many moved. */
    int attach(UUID tenantId, UUID requestId, Collection<UUID> ids, UUID uploader, UUID messageId) {
        return jdbc.sql("""
                update request_attachment set pending = false, message_id = :message
                where tenant_id = :tenant and request_id = :request and id in (:ids)
                  and pending = true and uploaded_by = :uploader
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("ids", ids)
                .param("uploader", uploader)
                .param("message", messageId)
                .update();
    }

    /** Pending files uploaded before {@code before}, at most {@code limit}, locked for removal. */
    List<Expired> expired(Instant before, int limit) {
        return jdbc.sql("""
                select tenant_id, id, stored_in from request_attachment
                where pending = true and created_at < :before
                order by created_at
                fetch first :limit rows only
                for update skip locked
                """)
                .param("before", timestamp(before))
                .param("limit", limit)
                .query((rs, n) -> new Expired(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Store.valueOf(rs.getString(3))))
                .list();
    }

    void delete(UUID tenantId, UUID id) {
        jdbc.sql("delete from request_attachment where tenant_id = :tenant and id = :id")
                .param("tenant", tenantId)
                .param("id", id)
                .update();
    }
}
