package org.helpline.presales.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiries: stored once, then only counted for the rate limits and found again by idempotency key. */
@Repository
class Inquiries {

    private static final String COLUMNS = """
            id, organisation_id, prospect_id, tenant_id, request_id, request_number, topic, email,
            client_address, idempotency_key, received_at""";

    private final JdbcClient jdbc;

    Inquiries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Inquiry inquiry) {
        jdbc.sql("insert into presales_inquiry (" + COLUMNS + """
                ) values (:id, :organisation, :prospect, :tenant, :request, :number, :topic, :email, :client, :key, :at)
                """)
                .param("id", inquiry.id())
                .param("organisation", inquiry.organisationId())
                .param("prospect", inquiry.prospectId())
                .param("tenant", inquiry.tenantId())
                .param("request", inquiry.requestId())
                .param("number", inquiry.requestNumber())
                .param("topic", inquiry.topic())
                .param("email", inquiry.email())
                .param("client", inquiry.clientAddress())
                .param("key", inquiry.idempotencyKey())
                .param("at", at(inquiry.receivedAt()))
                .update();
    }

    Optional<Inquiry> findByKey(String email, String key) {
        return jdbc.sql("select " + COLUMNS + " from presales_inquiry where email = :email and idempotency_key = :key")
                .param("email", email)
                .param("key", key)
                .query(this::map)
                .optional();
    }

    /** The inquiries of {@code scope}'s subject received since {@code since}, oldest first. */
    Window window(LimitScope scope, String subject, Instant since) {
        var times = jdbc.sql("select received_at from presales_inquiry where " + scope.column()
                        + " = :subject and received_at >= :since order by received_at")
                .param("subject", subject)
                .param("since", at(since))
                .query((rs, row) ->
                        rs.getObject("received_at", OffsetDateTime.class).toInstant())
                .list();
        return new Window(times.size(), times.isEmpty() ? null : times.get(0));
    }

    /** How many inquiries a window holds and when its oldest was received (null when none). */
    record Window(int count, Instant oldest) {}

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Inquiry map(ResultSet rs, int row) throws SQLException {
        return new Inquiry(
                rs.getObject("id", UUID.class),
                rs.getString("organisation_id"),
                rs.getObject("prospect_id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getString("request_number"),
                rs.getString("topic"),
                rs.getString("email"),
                rs.getString("client_address"),
                rs.getString("idempotency_key"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
