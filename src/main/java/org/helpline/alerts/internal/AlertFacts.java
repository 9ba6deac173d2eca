package org.helpline.alerts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.RequestSnapshots;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What an alert is about and who it goes to. The request comes from {@link RequestSnapshots}; the
 * recipients straight from the tables of {@code identity} (as the {@code mail} module does), whose
 * public services answer only to a signed-in user, while alerts are written by an event listener
 * that has none. Read-only.
 */
@Repository
class AlertFacts {

    /** The request as an alert shows it; {@code assigneeId} is null while it waits in the queue. */
    record AlertRequest(UUID id, UUID tenantId, String organisationId, String number, String title, UUID assigneeId) {}

    /** A staff user who gets alerts; language and zone fall back to the user's organisation's. */
    record Recipient(UUID id, String login, String language, String zone) {

        boolean hasEmail() {
            return login.indexOf('@') > 0;
        }
    }

    private static final String RECIPIENT = """
            select u.id, u.login, coalesce(u.language, o.default_language), coalesce(u.time_zone, o.time_zone)
            from app_user u join support_organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;
    private final RequestSnapshots requests;

    AlertFacts(JdbcClient jdbc, RequestSnapshots requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    Optional<AlertRequest> request(UUID requestId) {
        return requests.current(requestId)
                .map(request -> new AlertRequest(
                        request.id(),
                        request.tenantId(),
                        request.organisationId(),
                        request.number(),
                        request.title(),
                        request.assigneeId()));
    }

    /** The user if enabled. */
    Optional<Recipient> user(UUID userId) {
        return jdbc.sql(RECIPIENT + " where u.id = :id and u.enabled = true")
                .param("id", userId)
                .query(AlertFacts::recipient)
                .optional();
    }

    /** The enabled supervisors of a support organisation (not of its partners). */
    List<Recipient> supervisors(String organisationId) {
        return jdbc.sql(RECIPIENT + """
                 where u.organisation_id = :org and u.enabled = true and u.tenant_id is null and u.partner_id is null
                   and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'SUPERVISOR')
                 order by u.login
                """)
                .param("org", organisationId)
                .query(AlertFacts::recipient)
                .list();
    }

    private static Recipient recipient(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recipient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
