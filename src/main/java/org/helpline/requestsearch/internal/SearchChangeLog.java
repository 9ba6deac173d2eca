package org.helpline.requestsearch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The change log of request search: one row per change of a request, in the transaction of the change. */
@Repository
class SearchChangeLog {

    /** A row of the log. */
    record Change(long seq, UUID requestId) {}

    private final JdbcClient jdbc;

    SearchChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID tenantId, UUID requestId, Instant at) {
        jdbc.sql("""
                insert into request_search_change (tenant_id, request_id, changed_at)
                values (:tenant, :request, :at)""")
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    long last() {
        return jdbc.sql("select coalesce(max(seq), 0) from request_search_change")
                .query(Long.class)
                .single();
    }

    /** The lowest sequence number still logged, 0 for an empty log. */
    long first() {
        return jdbc.sql("select coalesce(min(seq), 0) from request_search_change")
                .query(Long.class)
                .single();
    }

    List<Change> after(long seq, int limit) {
        return jdbc.sql("""
                select seq, request_id from request_search_change where seq > :seq
                order by seq fetch first :limit rows only""")
                .param("seq", seq)
                .param("limit", limit)
                .query(SearchChangeLog::map)
                .list();
    }

    List<Change> among(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select seq, request_id from request_search_change where seq in (:seqs) order by seq")
                .param("seqs", List.copyOf(seqs))
                .query(SearchChangeLog::map)
                .list();
    }

    /** Deletes the rows written before {@code before}; how many. */
    int prune(Instant before) {
        return jdbc.sql("delete from request_search_change where changed_at < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .update();
    }

    private static Change map(ResultSet row, int number) throws SQLException {
        return new Change(row.getLong("seq"), row.getObject("request_id", UUID.class));
    }
}
