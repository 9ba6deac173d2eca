package org.helpline.mail.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What an e-mail about a request needs, read straight from the tables of {@code requests},
 * {@code tenancy} and {@code identity}: their public services answer only to a signed-in user,
 * and these e-mails are written by an event listener that has none. Read-only.
 */
@Repository
class RequestFacts {

    /** A request as its e-mails show it, with the tenant's language and zone. */
    record RequestMailFacts(
            UUID id,
            UUID tenantId,
            String number,
            String title,
            String severity,
            String contactEmail,
            String contactLanguage,
            Instant firstResponseDue,
            String tenantLanguage,
            String tenantZone) {}

    /** A tenant admin who may get e-mails; language and zone are null when not chosen. */
    record Admin(UUID id, String address, String language, String zone) {}

    private final JdbcClient jdbc;
    private final Correspondents users;

    RequestFacts(JdbcClient jdbc, Correspondents users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    Optional<RequestMailFacts> request(UUID requestId) {
        return jdbc.sql("""
                select r.id, r.tenant_id, r.number, r.title, r.severity, r.contact_email, r.contact_language,
                       r.first_response_due, t.language, t.time_zone
                from service_request r join tenant t on t.id = r.tenant_id
                where r.id = :id
                """)
                .param("id", requestId)
                .query((rs, n) -> new RequestMailFacts(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        instant(rs.getObject(8, OffsetDateTime.class)),
                        rs.getString(9),
                        rs.getString(10)))
                .optional();
    }

    /** The tenant's enabled admins with an e-mail login who did not turn {@code kind} off. */
    List<Admin> admins(UUID tenantId, String kind) {
        var optedOut = new HashSet<>(jdbc.sql("""
                        select user_id from mail_preference where tenant_id = :tenant and kind = :kind and enabled = false
                        """)
                .param("tenant", tenantId)
                .param("kind", kind)
                .query(UUID.class)
                .list());
        return users.tenantAdmins(tenantId).stream()
                .filter(admin -> admin.hasEmail() && !optedOut.contains(admin.id()))
                .map(admin -> new Admin(admin.id(), admin.login(), admin.language(), admin.zone()))
                .toList();
    }

    /** The text of a public message, or empty when it is not one. */
    Optional<String> publicMessage(UUID tenantId, UUID requestId, UUID messageId) {
        return jdbc.sql("""
                select body_markdown from request_message
                where tenant_id = :tenant and request_id = :request and id = :id and internal = false
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("id", messageId)
                .query(String.class)
                .optional();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
