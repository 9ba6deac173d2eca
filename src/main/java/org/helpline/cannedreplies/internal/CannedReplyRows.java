package org.helpline.cannedreplies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.cannedreplies.CannedReply;
import org.helpline.cannedreplies.ReplyAssignment;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The canned replies of each desk. Every query names the organisation and the partner (null for
 * the organisation's own staff), so one desk never reads another's replies.
 */
@Repository
class CannedReplyRows {

    private static final String COLUMNS = """
            select id, scope, owner_id, service_id, shortcut, title, body_en, body_pl, body_zh_cn, set_status,
                set_severity, severity_reason, assignment, updated_at, version
            from canned_reply
            """;
    private static final String DESK = """
             organisation_id = :organisation
              and (partner_id = :partner or (partner_id is null and cast(:partner as uuid) is null))
            """;

    private final JdbcClient jdbc;

    CannedReplyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The desk's shared replies and the user's own, by shortcut. */
    List<CannedReply> readableBy(Desk desk, UUID userId) {
        return jdbc.sql(COLUMNS + " where" + DESK
                        + " and (scope <> 'PERSONAL' or owner_id = :user) order by shortcut, title")
                .param("organisation", desk.organisationId())
                .param("partner", desk.partnerId())
                .param("user", userId)
                .query(CannedReplyRows::map)
                .list();
    }

    Optional<CannedReply> find(Desk desk, UUID id) {
        return jdbc.sql(COLUMNS + " where" + DESK + " and id = :id")
                .param("organisation", desk.organisationId())
                .param("partner", desk.partnerId())
                .param("id", id)
                .query(CannedReplyRows::map)
                .optional();
    }

    void insert(Desk desk, CannedReply reply, UUID createdBy) {
        jdbc.sql("""
                insert into canned_reply (organisation_id, id, partner_id, scope, owner_id, service_id, shortcut, title,
                    body_en, body_pl, body_zh_cn, set_status, set_severity, severity_reason, assignment, created_by,
                    updated_at, version)
                values (:organisation, :id, :partner, :scope, :owner, :service, :shortcut, :title, :en, :pl, :zh,
                    :status, :severity, :reason, :assignment, :createdBy, :at, 0)
                """).params(params(desk, reply)).param("createdBy", createdBy).update();
    }

    /** Writes the reply if it is still at {@code version}; answers whether it was. */
    boolean update(Desk desk, CannedReply reply, long version) {
        return jdbc.sql("""
                        update canned_reply set scope = :scope, owner_id = :owner, service_id = :service,
                            shortcut = :shortcut, title = :title, body_en = :en, body_pl = :pl, body_zh_cn = :zh,
                            set_status = :status, set_severity = :severity, severity_reason = :reason,
                            assignment = :assignment, updated_at = :at, version = version + 1
                        where organisation_id = :organisation and id = :id and version = :version
                        """)
                        .params(params(desk, reply))
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean delete(Desk desk, UUID id) {
        return jdbc.sql("delete from canned_reply where" + DESK + " and id = :id")
                        .param("organisation", desk.organisationId())
                        .param("partner", desk.partnerId())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(Desk desk, CannedReply reply) {
        var values = new HashMap<String, Object>();
        values.put("organisation", desk.organisationId());
        values.put("partner", desk.partnerId());
        values.put("id", reply.id());
        values.put("scope", reply.scope().name());
        values.put("owner", reply.ownerId());
        values.put("service", reply.serviceId());
        values.put("shortcut", reply.shortcut());
        values.put("title", reply.title());
        values.put("en", reply.bodyEn());
        values.put("pl", reply.bodyPl());
        values.put("zh", reply.bodyZhCn());
        values.put("status", name(reply.setStatus()));
        values.put("severity", name(reply.setSeverity()));
        values.put("reason", reply.severityReason());
        values.put("assignment", name(reply.assignment()));
        values.put("at", Timestamp.from(reply.updatedAt()));
        return values;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static CannedReply map(ResultSet rs, int row) throws SQLException {
        return new CannedReply(
                rs.getObject("id", UUID.class),
                ReplyScope.valueOf(rs.getString("scope")),
                rs.getObject("owner_id", UUID.class),
                rs.getString("service_id"),
                rs.getString("shortcut"),
                rs.getString("title"),
                rs.getString("body_en"),
                rs.getString("body_pl"),
                rs.getString("body_zh_cn"),
                value(RequestStatus.class, rs.getString("set_status")),
                value(Severity.class, rs.getString("set_severity")),
                rs.getString("severity_reason"),
                value(ReplyAssignment.class, rs.getString("assignment")),
                instant(rs.getTimestamp("updated_at")),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
