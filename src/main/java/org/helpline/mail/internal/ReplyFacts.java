package org.helpline.mail.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What checking a reply by e-mail needs, read straight from the tables of {@code requests},
 * {@code tenancy} and {@code identity} (as {@link RequestFacts}, for the same reason: no user is
 * signed in). Read-only.
 */
@Repository
class ReplyFacts {

    /** A request as a reply to it is checked against. */
    record Target(UUID id, UUID tenantId, String organisationId, String number, String status, String contactEmail) {}

    /** An organisation admin to report refused replies to; language null when not chosen. */
    record OrgAdmin(String address, String language, String organisationLanguage) {}

    private static final String TARGET = """
            select r.id, r.tenant_id, t.organisation_id, r.number, r.status, r.contact_email
            from service_request r join tenant t on t.id = r.tenant_id
            """;

    private final JdbcClient jdbc;

    ReplyFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Target> request(UUID requestId) {
        return jdbc.sql(TARGET + " where r.id = :id")
                .param("id", requestId)
                .query(ReplyFacts::target)
                .optional();
    }

    /** The request with this number, when exactly one has it (numbers are unique per organisation prefix). */
    Optional<Target> requestNumbered(String number) {
        var found = jdbc.sql(TARGET + " where r.number = :number")
                .param("number", number)
                .query(ReplyFacts::target)
                .list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether {@code address} is the login of an enabled admin of the tenant. */
    boolean isTenantAdmin(UUID tenantId, String address) {
        return jdbc.sql("""
                select count(*) from app_user u
                where u.tenant_id = :tenant and lower(u.login) = :address and u.enabled = true
                  and exists (select 1 from user_role r where r.user_id = u.id
                              and r.role in ('GLOBAL_ADMIN', 'BILLING_ADMIN', 'SERVICE_SUPPORT_ADMIN', 'HELPDESK_ADMIN'))
                """)
                        .param("tenant", tenantId)
                        .param("address", address)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The enabled organisation admins of the organisation with an e-mail login. */
    List<OrgAdmin> organisationAdmins(String organisationId) {
        return jdbc.sql("""
                select distinct u.login, u.language, o.default_language
                from app_user u join user_role r on r.user_id = u.id
                join support_organisation o on o.id = u.organisation_id
                where u.organisation_id = :organisation and u.tenant_id is null and u.enabled = true
                  and r.role = 'ORG_ADMIN' and u.login like '%@%'
                order by u.login
                """)
                .param("organisation", organisationId)
                .query((rs, n) -> new OrgAdmin(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static Target target(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Target(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6));
    }
}
