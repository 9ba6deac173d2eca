package org.helpline.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The articles table. Services and tags are kept as comma-separated ids; the index is where they are searched. */
@Repository
class Articles {

    private static final String COLUMNS = """
            organisation_id, id, topic, language, title, body, services, tags, audience, published,
            created_at, updated_at, updated_by, version""";

    private final JdbcClient jdbc;

    Articles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Article> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from kb_article where id = :id")
                .param("id", id)
                .query(Articles::map)
                .optional();
    }

    public Optional<Article> find(String organisationId, UUID id) {
        return find(id).filter(article -> article.organisationId().equals(organisationId));
    }

    public List<Article> topic(String organisationId, String topic) {
        return jdbc.sql("select " + COLUMNS + " from kb_article where organisation_id = :org and topic = :topic"
                        + " order by language, id")
                .param("org", organisationId)
                .param("topic", topic)
                .query(Articles::map)
                .list();
    }

    /** The organisation's articles for editors, drafts included, newest change first. */
    public List<Article> page(String organisationId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from kb_article where organisation_id = :org
                 order by updated_at desc, id offset :offset rows fetch next :limit rows only""")
                .param("org", organisationId)
                .param("offset", offset)
                .param("limit", limit)
                .query(Articles::map)
                .list();
    }

    public long count(String organisationId) {
        return jdbc.sql("select count(*) from kb_article where organisation_id = :org")
                .param("org", organisationId)
                .query(Long.class)
                .single();
    }

    /** Streams every article, for rebuilding an index. */
    public void forEach(Consumer<Article> consumer) {
        try (var rows = jdbc.sql("select " + COLUMNS + " from kb_article").query(Articles::map).stream()) {
            rows.forEach(consumer);
        }
    }

    public void insert(Article article) {
        jdbc.sql("insert into kb_article (" + COLUMNS + """
                ) values (:org, :id, :topic, :language, :title, :body, :services, :tags, :audience, :published,
                :createdAt, :updatedAt, :updatedBy, 0)""")
                .params(params(article))
                .update();
    }

    /** Replaces the editable fields if the version is still {@code article.version()}; false otherwise. */
    public boolean update(Article article) {
        return jdbc.sql("""
                update kb_article set topic = :topic, language = :language, title = :title, body = :body,
                services = :services, tags = :tags, audience = :audience, published = :published,
                updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1
                where organisation_id = :org and id = :id and version = :version""")
                        .params(params(article))
                        .param("version", article.version())
                        .update()
                == 1;
    }

    private static java.util.Map<String, Object> params(Article article) {
        var params = new java.util.HashMap<String, Object>();
        params.put("org", article.organisationId());
        params.put("id", article.id());
        params.put("topic", article.topic());
        params.put("language", article.language().code());
        params.put("title", article.title());
        params.put("body", article.body());
        params.put("services", String.join(",", article.services()));
        params.put("tags", String.join(",", article.tags()));
        params.put("audience", article.audience().name());
        params.put("published", article.published());
        params.put("createdAt", OffsetDateTime.ofInstant(article.createdAt(), ZoneOffset.UTC));
        params.put("updatedAt", OffsetDateTime.ofInstant(article.updatedAt(), ZoneOffset.UTC));
        params.put("updatedBy", article.updatedBy());
        return params;
    }

    private static Article map(ResultSet row, int number) throws SQLException {
        return new Article(
                row.getObject("id", UUID.class),
                row.getString("organisation_id"),
                row.getString("topic"),
                ArticleLanguage.parse(row.getString("language")).orElseThrow(),
                row.getString("title"),
                row.getString("body"),
                list(row.getString("services")),
                list(row.getString("tags")),
                Audience.valueOf(row.getString("audience")),
                row.getBoolean("published"),
                instant(row, "created_at"),
                instant(row, "updated_at"),
                row.getString("updated_by"),
                row.getLong("version"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> list(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
