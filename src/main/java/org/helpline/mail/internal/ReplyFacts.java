package org.helpline.mail.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What checking a reply by e-mail needs: the request, read straight from the tables of {@code
 * requests} and {@code tenancy} (as {@link RequestFacts}, for the same reason: no user is signed
 * in), and the admins through {@link Correspondents}. Read-only.
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
    private final Correspondents users;
    private final TenantManagement tenancy;

    ReplyFacts(JdbcClient jdbc, Correspondents users, TenantManagement tenancy) {
        this.jdbc = jdbc;
        this.users = users;
        this.tenancy = tenancy;
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
        return users.tenantAdmins(tenantId).stream()
                .anyMatch(admin -> admin.login().equalsIgnoreCase(address));
    }

    /** The enabled organisation admins of the organisation with an e-mail login. */
    List<OrgAdmin> organisationAdmins(String organisationId) {
        var organisationLanguage =
                tenancy.organisation(organisationId).defaultLanguage().toLanguageTag();
        return users.staffWithRole(organisationId, Role.ORG_ADMIN).stream()
                .filter(Correspondent::hasEmail)
                .map(admin -> new OrgAdmin(admin.login(), admin.language(), organisationLanguage))
                .toList();
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
