package org.helpline.requests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.helpline.requests.AttachmentStore;
import org.helpline.requests.AttachmentsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps file content in the database, in rows of {@value #CHUNK} bytes: a file is written and read
 * one chunk at a time, so neither an upload nor a download holds more than one chunk in memory, on
 * H2 as on PostgreSQL (whose driver would read a whole {@code bytea} value at once). Writes join the
 * caller's transaction; reads run one short query per chunk and need none.
 */
@Component
class DatabaseAttachmentStore implements AttachmentStore {

    static final int CHUNK = 512 * 1024;

    private final JdbcClient jdbc;

    DatabaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AttachmentsProperties.Store kind() {
        return AttachmentsProperties.Store.DATABASE;
    }

    @Override
    public long write(UUID tenantId, UUID id, InputStream content) throws IOException {
        long written = 0;
        for (int seq = 0; ; seq++) {
            var chunk = content.readNBytes(CHUNK);
            if (chunk.length == 0 && seq > 0) {
                return written;
            }
            jdbc.sql("""
                    insert into request_attachment_chunk (tenant_id, attachment_id, seq, data)
                    values (:tenant, :id, :seq, :data)
                    """)
                    .param("tenant", tenantId)
                    .param("id", id)
                    .param("seq", seq)
                    .param("data", chunk)
                    .update();
            written += chunk.length;
            if (chunk.length < CHUNK) {
                return written;
            }
        }
    }

    @Override
    public InputStream read(UUID tenantId, UUID id) {
        return new ChunkStream(tenantId, id);
    }

    @Override
    public void delete(UUID tenantId, UUID id) {
        jdbc.sql("delete from request_attachment_chunk where tenant_id = :tenant and attachment_id = :id")
                .param("tenant", tenantId)
                .param("id", id)
                .update();
    }

    private byte[] chunk(UUID tenantId, UUID id, int seq) {
        return jdbc.sql("""
                select data from request_attachment_chunk
                where tenant_id = :tenant and attachment_id = :id and seq = :seq
                """)
                .param("tenant", tenantId)
                .param("id", id)
                .param("seq", seq)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
    }

    /** The chunks of one file in order, each fetched when the previous one has been read. */
    private final class ChunkStream extends InputStream {

        private final UUID tenantId;
        private final UUID id;
        private int seq;
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        ChunkStream(UUID tenantId, UUID id) {
            this.tenantId = tenantId;
            this.id = id;
        }

        @Override
        public int read() {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                var next = chunk(tenantId, id, seq++);
                ended = next == null || next.length < CHUNK;
                current = next == null ? new byte[0] : next;
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
