package org.helpline.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.sla.ClockKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sla_alert} table; every read and change is scoped to one user. */
@Repository
class AlertRows {

    private static final String COLUMNS = """
            id, request_id, request_number, request_title, kind, clock, due_at, created_at, read_at""";

    private final JdbcClient jdbc;

    AlertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new alert row for {@code userId}; false when that user already has this alert (a redelivered event). */
    boolean insert(UUID userId, UUID tenantId, Alert alert) {
        return jdbc.sql("insert into sla_alert (user_id, tenant_id, " + COLUMNS + """
                ) values (:user, :tenant, :id, :request, :number, :title, :kind, :clock, :due, :created, null)
                on conflict do nothing
                """)
                        .param("user", userId)
                        .param("tenant", tenantId)
                        .param("id", alert.id())
                        .param("request", alert.requestId())
                        .param("number", alert.requestNumber())
                        .param("title", alert.requestTitle())
                        .param("kind", alert.kind().name())
                        .param("clock", alert.clock().name())
                        .param("due", Timestamp.from(alert.due()))
                        .param("created", Timestamp.from(alert.createdAt()))
                        .update()
                == 1;
    }

    public List<Alert> of(UUID userId, boolean unreadOnly, int limit) {
        return jdbc.sql("select " + COLUMNS + " from sla_alert where user_id = :user"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id fetch first " + limit + " rows only")
                .param("user", userId)
                .query(AlertRows::alert)
                .list();
    }

    public long unread(UUID userId) {
        return jdbc.sql("select count(*) from sla_alert where user_id = :user and read_at is null")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    public Optional<Alert> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from sla_alert where user_id = :user and id = :id")
                .param("user", userId)
                .param("id", id)
                .query(AlertRows::alert)
                .optional();
    }

    public void markRead(UUID userId, UUID id, Instant now) {
        jdbc.sql("update sla_alert set read_at = :now where user_id = :user and id = :id and read_at is null")
                .param("user", userId)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    public int markAllRead(UUID userId, Instant now) {
        return jdbc.sql("update sla_alert set read_at = :now where user_id = :user and read_at is null")
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getString("request_number"),
                rs.getString("request_title"),
                AlertKind.valueOf(rs.getString("kind")),
                ClockKind.valueOf(rs.getString("clock")),
                instant(rs, "due_at"),
                instant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
