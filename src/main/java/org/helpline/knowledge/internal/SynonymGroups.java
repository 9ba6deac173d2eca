package org.helpline.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The synonym groups organisations added, one row per group with its words comma-separated. */
@Repository
class SynonymGroups {

    private static final String COLUMNS = "organisation_id, id, language, words, created_at, created_by";

    private final JdbcClient jdbc;

    SynonymGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SynonymGroup> of(String organisationId) {
        return jdbc.sql("select " + COLUMNS
                        + " from kb_synonym where organisation_id = :org order by language, created_at")
                .param("org", organisationId)
                .query(SynonymGroups::map)
                .list();
    }

    void add(SynonymGroup group) {
        jdbc.sql("""
                insert into kb_synonym (organisation_id, id, language, words, created_at, created_by)
                values (:org, :id, :language, :words, :createdAt, :createdBy)""")
                .param("org", group.organisationId())
                .param("id", group.id())
                .param("language", group.language().code())
                .param("words", group.line())
                .param("createdAt", OffsetDateTime.ofInstant(group.createdAt(), ZoneOffset.UTC))
                .param("createdBy", group.createdBy())
                .update();
    }

    /** True when the organisation had this group. */
    boolean remove(String organisationId, UUID id) {
        return jdbc.sql("delete from kb_synonym where organisation_id = :org and id = :id")
                        .param("org", organisationId)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static SynonymGroup map(ResultSet row, int number) throws SQLException {
        return new SynonymGroup(
                row.getObject("id", UUID.class),
                row.getString("organisation_id"),
                ArticleLanguage.parse(row.getString("language")).orElseThrow(),
                SynonymGroup.words(row.getString("words")),
                Articles.instant(row, "created_at"),
                row.getString("created_by"));
    }
}
