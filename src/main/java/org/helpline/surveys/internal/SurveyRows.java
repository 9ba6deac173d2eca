package org.helpline.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The surveys; an answer is written only once and only before the link expires. */
@Repository
class SurveyRows {

    private static final String COLUMNS = """
            tenant_id, id, request_id, organisation_id, number, title, service_id, severity, agent_id, agent_name,
            recipient, sent_at, expires_at, answered_at, rating, went_well, went_badly, comment""";

    private final JdbcClient jdbc;

    SurveyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SurveyRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from survey where id = :id")
                .param("id", id)
                .query(SurveyRows::row)
                .optional();
    }

    public Optional<SurveyRow> forRequest(UUID tenantId, UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from survey where tenant_id = :tenant and request_id = :request")
                .param("tenant", tenantId)
                .param("request", requestId)
                .query(SurveyRows::row)
                .optional();
    }

    boolean exists(UUID requestId) {
        return jdbc.sql("select count(*) from survey where request_id = :request")
                        .param("request", requestId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(SurveyRow row) {
        var values = new HashMap<String, Object>();
        values.put("tenant", row.tenantId());
        values.put("id", row.id());
        values.put("request", row.requestId());
        values.put("organisation", row.organisationId());
        values.put("number", row.number());
        values.put("title", row.title());
        values.put("service", row.serviceId());
        values.put("severity", row.severity());
        values.put("agent", row.agentId());
        values.put("agentName", row.agentName());
        values.put("recipient", row.recipient());
        values.put("sent", at(row.sentAt()));
        values.put("expires", at(row.expiresAt()));
        jdbc.sql("""
                insert into survey (tenant_id, id, request_id, organisation_id, number, title, service_id, severity,
                                    agent_id, agent_name, recipient, sent_at, expires_at)
                values (:tenant, :id, :request, :organisation, :number, :title, :service, :severity, :agent,
                        :agentName, :recipient, :sent, :expires)
                """).params(values).update();
    }

    /** Answers an open survey; false when it was answered already or has expired. */
    public boolean answer(UUID id, int rating, String wentWell, String wentBadly, String comment, Instant now) {
        var values = new HashMap<String, Object>();
        values.put("id", id);
        values.put("rating", rating);
        values.put("well", wentWell);
        values.put("badly", wentBadly);
        values.put("comment", comment);
        values.put("now", at(now));
        return jdbc.sql("""
                update survey set answered_at = :now, rating = :rating, went_well = :well, went_badly = :badly,
                                  comment = :comment
                where id = :id and answered_at is null and expires_at > :now
                """).params(values).update() == 1;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SurveyRow row(ResultSet rs, int n) throws SQLException {
        return new SurveyRow(
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getString("organisation_id"),
                rs.getString("number"),
                rs.getString("title"),
                rs.getString("service_id"),
                rs.getString("severity"),
                rs.getObject("agent_id", UUID.class),
                rs.getString("agent_name"),
                rs.getString("recipient"),
                instant(rs, "sent_at"),
                instant(rs, "expires_at"),
                instant(rs, "answered_at"),
                (Integer) rs.getObject("rating"),
                rs.getString("went_well"),
                rs.getString("went_badly"),
                rs.getString("comment"));
    }
}
