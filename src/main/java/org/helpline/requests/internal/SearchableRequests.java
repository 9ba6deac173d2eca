package org.helpline.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.SearchableRequest;
import org.helpline.shared.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests as their search documents are made: the row's text and filter columns and the messages
 * of the thread (Helpline's own notices left out), read for Helpline itself, not for a person.
 */
@Repository
class SearchableRequests {

    private static final String COLUMNS = """
            r.id, r.tenant_id, r.organisation_id, r.handled_by, r.partner_id, r.number, r.title,
            r.description_markdown, r.requester_name, r.contact_name, r.contact_email, r.status, r.severity,
            r.service_id, r.contact_language, r.received_at
            """;

    private final JdbcClient jdbc;

    SearchableRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code ids} that exist. */
    List<SearchableRequest> among(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("select " + COLUMNS + " from service_request r where r.id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(SearchableRequests::row)
                .list();
        return withMessages(rows);
    }

    /** Up to {@code limit} requests with an id above {@code after} (null: from the first), by id. */
    List<SearchableRequest> after(UUID after, int limit) {
        var where = after == null ? "" : " where r.id > :after";
        var statement = jdbc.sql("select " + COLUMNS + " from service_request r" + where
                        + " order by r.id fetch first :limit rows only")
                .param("limit", limit);
        if (after != null) {
            statement = statement.param("after", after);
        }
        return withMessages(statement.query(SearchableRequests::row).list());
    }

    private List<SearchableRequest> withMessages(List<SearchableRequest> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var messages = new HashMap<UUID, List<SearchableRequest.Message>>();
        jdbc.sql("""
                select m.request_id, m.body_markdown, m.internal from service_request r
                join request_message m on m.tenant_id = r.tenant_id and m.request_id = r.id
                where r.id in (:ids) and m.kind <> 'SYSTEM' order by m.request_id, m.position""")
                .param("ids", rows.stream().map(SearchableRequest::id).toList())
                .query(rs -> {
                    messages.computeIfAbsent(rs.getObject("request_id", UUID.class), id -> new ArrayList<>())
                            .add(new SearchableRequest.Message(
                                    rs.getString("body_markdown"), rs.getBoolean("internal")));
                });
        return rows.stream()
                .map(r -> withThread(r, messages.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static SearchableRequest withThread(SearchableRequest r, List<SearchableRequest.Message> thread) {
        return new SearchableRequest(
                r.id(),
                r.tenantId(),
                r.organisationId(),
                r.handledBy(),
                r.partnerId(),
                r.number(),
                r.title(),
                r.description(),
                r.requesterName(),
                r.contactName(),
                r.contactEmail(),
                r.status(),
                r.severity(),
                r.serviceId(),
                r.language(),
                r.receivedAt(),
                thread);
    }

    private static SearchableRequest row(ResultSet rs, int number) throws SQLException {
        return new SearchableRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("organisation_id"),
                HandledBy.valueOf(rs.getString("handled_by")),
                rs.getObject("partner_id", UUID.class),
                rs.getString("number"),
                rs.getString("title"),
                rs.getString("description_markdown"),
                rs.getString("requester_name"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                RequestStatus.valueOf(rs.getString("status")),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("service_id"),
                rs.getString("contact_language"),
                rs.getTimestamp("received_at").toInstant(),
                List.of());
    }
}
