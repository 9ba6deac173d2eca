package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.AttachmentFile;
import org.helpline.requests.RequestAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files attached to messages; every query names the tenant and request, which the caller may see. */
@Repository
class RequestAttachments {

    private final JdbcClient jdbc;

    RequestAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID tenantId, UUID requestId, UUID messageId, List<AttachmentFile> files, Instant at) {
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            jdbc.sql("""
                    insert into request_attachment (tenant_id, request_id, message_id, id, position, file_name,
                        content_type, size_bytes, content, created_at)
                    values (:tenant, :request, :message, :id, :position, :name, :type, :size, :content, :at)
                    """)
                    .param("tenant", tenantId)
                    .param("request", requestId)
                    .param("message", messageId)
                    .param("id", UUID.randomUUID())
                    .param("position", i)
                    .param("name", file.fileName())
                    .param("type", file.contentType())
                    .param("size", (long) file.content().length)
                    .param("content", file.content())
                    .param("at", timestamp(at))
                    .update();
        }
    }

    /** The attachments of a request's messages, by message id, in the order they were attached. */
    Map<UUID, List<RequestAttachment>> ofRequest(UUID tenantId, UUID requestId) {
        var rows = jdbc.sql("""
                select id, message_id, file_name, content_type, size_bytes from request_attachment
                where tenant_id = :tenant and request_id = :request
                order by message_id, position
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .query((rs, n) -> new RequestAttachment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5)))
                .list();
        var result = new LinkedHashMap<UUID, List<RequestAttachment>>();
        rows.forEach(row -> result.computeIfAbsent(row.messageId(), id -> new java.util.ArrayList<>())
                .add(row));
        return result;
    }

    /** One file of a message the reader may see; empty when the message is an internal note and {@code withInternal} is false. */
    Optional<AttachmentFile> file(UUID tenantId, UUID requestId, UUID id, boolean withInternal) {
        return jdbc.sql("""
                select a.file_name, a.content_type, a.content from request_attachment a
                join request_message m on m.tenant_id = a.tenant_id and m.request_id = a.request_id and m.id = a.message_id
                where a.tenant_id = :tenant and a.request_id = :request and a.id = :id
                  and (:withInternal = true or m.internal = false)
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("id", id)
                .param("withInternal", withInternal)
                .query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
