package org.helpline.health.internal;

import com.github.benmanes.caffeine.cache.Cache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.health.Classification;
import org.helpline.health.IssuePost;
import org.helpline.health.IssueStatus;
import org.helpline.health.NewIssue;
import org.helpline.platform.Caches;
import org.helpline.platform.SharedCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issues with their texts, services, tenants and posts. */
@Repository
class Issues {

    private static final String COLUMNS = """
            organisation_id, id, classification, status, language, title, impact_description, started_at,
            updated_at, resolved_at, declared_by, version""";

    private static final int MAX_KEPT = 10_000;

    /** What an issue was declared with: texts by language, services and tenants (none: every tenant). */
    private record Parts(Map<String, NewIssue.Text> texts, List<String> services, List<UUID> tenants) {}

    private final JdbcClient jdbc;

    /**
     * An issue's texts, services and tenants are written once, when it is declared, and never change:
     * they are kept by issue id, so reading the active issues, which every intake matches against,
     * is one query instead of four.
     */
    private final Cache<UUID, Parts> parts = Caches.local(MAX_KEPT);

    /** Each organisation's active issues, which every intake matches against. */
    private final SharedCache<String, List<IssueRecord>> active;

    Issues(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.active = caches.shared("health.active-issues", MAX_KEPT);
    }

    /** Active issues and those started or resolved since {@code since}, newest first. */
    public List<IssueRecord> recent(String organisationId, Instant since) {
        var rows = jdbc.sql("select " + COLUMNS + " " + """
                 from health_issue where organisation_id = :org
                 and (resolved_at is null or started_at >= :since or resolved_at >= :since)
                 order by started_at desc, id""")
                .param("org", organisationId)
                .param("since", Timestamp.from(since))
                .query(Issues::map)
                .list();
        return complete(organisationId, rows);
    }

    /** The issues not yet resolved, newest first. */
    public List<IssueRecord> active(String organisationId) {
        return active.get(organisationId, organisation -> {
            var rows = jdbc.sql("select " + COLUMNS + " " + """
                     from health_issue where organisation_id = :org and resolved_at is null
                     order by started_at desc, id""")
                    .param("org", organisation)
                    .query(Issues::map)
                    .list();
            return List.copyOf(complete(organisation, rows));
        });
    }

    public Optional<IssueRecord> find(String organisationId, UUID id) {
        var rows = jdbc.sql("select " + COLUMNS + " from health_issue where organisation_id = :org and id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(Issues::map)
                .list();
        return complete(organisationId, rows).stream().findFirst();
    }

    public void insert(IssueRecord issue) {
        active.evict(issue.organisationId());
        jdbc.sql("insert into health_issue (" + COLUMNS + """
                ) values (:org, :id, :classification, :status, :language, :title, :impact, :started, :updated,
                :resolved, :by, 0)""")
                .param("org", issue.organisationId())
                .param("id", issue.id())
                .param("classification", issue.classification().name())
                .param("status", issue.status().value())
                .param("language", issue.language())
                .param("title", issue.title())
                .param("impact", issue.impactDescription())
                .param("started", Timestamp.from(issue.startedAt()))
                .param("updated", Timestamp.from(issue.updatedAt()))
                .param("resolved", issue.resolvedAt() == null ? null : Timestamp.from(issue.resolvedAt()))
                .param("by", issue.declaredBy())
                .update();
        issue.translations()
                .forEach((language, text) -> jdbc.sql("""
                insert into health_issue_text (organisation_id, issue_id, language, title, impact_description)
                values (:org, :id, :language, :title, :impact)""")
                        .param("org", issue.organisationId())
                        .param("id", issue.id())
                        .param("language", language)
                        .param("title", text.title())
                        .param("impact", text.impactDescription())
                        .update());
        issue.services()
                .forEach(service -> jdbc.sql("""
                insert into health_issue_service (organisation_id, issue_id, service_id) values (:org, :id, :service)""")
                        .param("org", issue.organisationId())
                        .param("id", issue.id())
                        .param("service", service)
                        .update());
        issue.tenants()
                .forEach(tenant -> jdbc.sql("""
                insert into health_issue_tenant (organisation_id, issue_id, tenant_id) values (:org, :id, :tenant)""")
                        .param("org", issue.organisationId())
                        .param("id", issue.id())
                        .param("tenant", tenant)
                        .update());
    }

    /** Sets the status after a post if the issue is still at {@code version}; false otherwise. */
    public boolean changeStatus(IssueRecord issue, IssueStatus status, Instant at, Instant resolvedAt) {
        active.evict(issue.organisationId());
        return jdbc.sql("""
                update health_issue set status = :status, updated_at = :at, resolved_at = :resolved, version = version + 1
                where organisation_id = :org and id = :id and version = :version""")
                        .param("status", status.value())
                        .param("at", Timestamp.from(at))
                        .param("resolved", resolvedAt == null ? null : Timestamp.from(resolvedAt))
                        .param("org", issue.organisationId())
                        .param("id", issue.id())
                        .param("version", issue.version())
                        .update()
                == 1;
    }

    public void insertPost(String organisationId, UUID issueId, IssuePost post) {
        jdbc.sql("""
                insert into health_post (organisation_id, issue_id, id, posted_at, status, message, author)
                values (:org, :issue, :id, :at, :status, :message, :author)""")
                .param("org", organisationId)
                .param("issue", issueId)
                .param("id", post.id())
                .param("at", Timestamp.from(post.postedAt()))
                .param("status", post.status().value())
                .param("message", post.message())
                .param("author", post.author())
                .update();
    }

    /** The posts of the issues, oldest first. */
    public Map<UUID, List<IssuePost>> posts(String organisationId, List<UUID> issueIds) {
        var posts = new HashMap<UUID, List<IssuePost>>();
        if (issueIds.isEmpty()) {
            return posts;
        }
        jdbc.sql("""
                select issue_id, id, posted_at, status, message, author from health_post
                where organisation_id = :org and issue_id in (:ids) order by posted_at, id""")
                .param("org", organisationId)
                .param("ids", issueIds)
                .query((row, n) -> {
                    posts.computeIfAbsent(row.getObject("issue_id", UUID.class), id -> new ArrayList<>())
                            .add(new IssuePost(
                                    row.getObject("id", UUID.class),
                                    row.getTimestamp("posted_at").toInstant(),
                                    IssueStatus.parse(row.getString("status")).orElseThrow(),
                                    row.getString("message"),
                                    row.getString("author")));
                    return null;
                })
                .list();
        return posts;
    }

    private List<IssueRecord> complete(String organisationId, List<IssueRecord> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var known = parts.getAll(
                rows.stream().map(IssueRecord::id).toList(), missing -> read(organisationId, List.copyOf(missing)));
        return rows.stream()
                .map(row -> {
                    var part = known.get(row.id());
                    return new IssueRecord(
                            row.organisationId(),
                            row.id(),
                            row.classification(),
                            row.status(),
                            row.language(),
                            row.title(),
                            row.impactDescription(),
                            part.texts(),
                            part.services(),
                            part.tenants(),
                            row.startedAt(),
                            row.updatedAt(),
                            row.resolvedAt(),
                            row.declaredBy(),
                            row.version());
                })
                .toList();
    }

    private Map<UUID, Parts> read(String organisationId, List<UUID> ids) {
        var services = new HashMap<UUID, List<String>>();
        jdbc.sql(
                        "select issue_id, service_id from health_issue_service where organisation_id = :org and issue_id in (:ids)"
                                + " order by service_id")
                .param("org", organisationId)
                .param("ids", ids)
                .query((row, n) -> services.computeIfAbsent(
                                row.getObject("issue_id", UUID.class), id -> new ArrayList<>())
                        .add(row.getString("service_id")))
                .list();
        var tenants = new HashMap<UUID, List<UUID>>();
        jdbc.sql(
                        "select issue_id, tenant_id from health_issue_tenant where organisation_id = :org and issue_id in (:ids)")
                .param("org", organisationId)
                .param("ids", ids)
                .query((row, n) -> tenants.computeIfAbsent(
                                row.getObject("issue_id", UUID.class), id -> new ArrayList<>())
                        .add(row.getObject("tenant_id", UUID.class)))
                .list();
        var texts = new HashMap<UUID, Map<String, NewIssue.Text>>();
        jdbc.sql("select issue_id, language, title, impact_description from health_issue_text"
                        + " where organisation_id = :org and issue_id in (:ids)")
                .param("org", organisationId)
                .param("ids", ids)
                .query((row, n) -> texts.computeIfAbsent(row.getObject("issue_id", UUID.class), id -> new HashMap<>())
                        .put(
                                row.getString("language"),
                                new NewIssue.Text(row.getString("title"), row.getString("impact_description"))))
                .list();
        var read = new HashMap<UUID, Parts>();
        for (var id : ids) {
            read.put(
                    id,
                    new Parts(
                            Collections.unmodifiableMap(texts.getOrDefault(id, Map.of())),
                            Collections.unmodifiableList(services.getOrDefault(id, List.of())),
                            Collections.unmodifiableList(tenants.getOrDefault(id, List.of()))));
        }
        return read;
    }

    private static IssueRecord map(ResultSet row, int number) throws SQLException {
        var resolved = row.getTimestamp("resolved_at");
        return new IssueRecord(
                row.getString("organisation_id"),
                row.getObject("id", UUID.class),
                Classification.valueOf(row.getString("classification")),
                IssueStatus.parse(row.getString("status")).orElseThrow(),
                row.getString("language"),
                row.getString("title"),
                row.getString("impact_description"),
                Map.of(),
                List.of(),
                List.of(),
                row.getTimestamp("started_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                resolved == null ? null : resolved.toInstant(),
                row.getString("declared_by"),
                row.getLong("version"));
    }
}
