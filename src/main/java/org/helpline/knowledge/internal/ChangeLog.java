package org.helpline.knowledge.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The change log of articles: one row per write, in the writer's transaction. */
@Repository
class ChangeLog {

    /** A row of the change log. */
    public record Change(long seq, String organisationId, UUID articleId) {}

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String organisationId, UUID articleId, Instant at) {
        jdbc.sql("insert into kb_change (organisation_id, article_id, changed_at) values (:org, :article, :at)")
                .param("org", organisationId)
                .param("article", articleId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    public long last() {
        return jdbc.sql("select coalesce(max(seq), 0) from kb_change")
                .query(Long.class)
                .single();
    }

    List<Change> after(long seq, int limit) {
        return jdbc.sql("""
                select seq, organisation_id, article_id from kb_change where seq > :seq
                order by seq fetch first :limit rows only""")
                .param("seq", seq)
                .param("limit", limit)
                .query(ChangeLog::map)
                .list();
    }

    List<Change> among(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select seq, organisation_id, article_id from kb_change where seq in (:seqs) order by seq")
                .param("seqs", List.copyOf(seqs))
                .query(ChangeLog::map)
                .list();
    }

    private static Change map(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Change(
                row.getLong("seq"), row.getString("organisation_id"), row.getObject("article_id", UUID.class));
    }
}
