package org.helpline.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondent;
import org.helpline.platform.Caches;
import org.helpline.platform.SharedCache;
import org.helpline.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads users as {@link Correspondent}s. */
@Repository
class CorrespondentRows {

    private static final String COLUMNS =
            "select u.id, u.organisation_id, u.login, u.language, u.time_zone from app_user u";
    private static final List<String> TENANT_ADMIN_ROLES = Arrays.stream(Role.values())
            .filter(role -> role.kind() == Role.Kind.TENANT_ADMIN)
            .map(Role::name)
            .toList();

    private static final List<String> STAFF_ROLES = Arrays.stream(Role.values())
            .filter(role -> role.kind() == Role.Kind.STAFF || role.kind() == Role.Kind.PARTNER)
            .map(Role::name)
            .toList();

    private final JdbcClient jdbc;

    /** Each tenant's admins: every new request is mailed to them. {@link Users} forgets them on each change. */
    private final SharedCache<UUID, List<Correspondent>> tenantAdmins;

    CorrespondentRows(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.tenantAdmins = caches.shared("identity.tenant-admins", 50_000);
    }

    public Optional<Correspondent> enabled(UUID userId) {
        return jdbc.sql(COLUMNS + " where u.id = :id and u.enabled = true")
                .param("id", userId)
                .query(CorrespondentRows::map)
                .optional();
    }

    public Optional<Correspondent> find(UUID userId) {
        return jdbc.sql(COLUMNS + " where u.id = :id")
                .param("id", userId)
                .query(CorrespondentRows::map)
                .optional();
    }

    public List<Correspondent> staffWithRole(String organisationId, Role role) {
        return jdbc.sql(COLUMNS + """
                 where u.organisation_id = :organisation and u.tenant_id is null and u.partner_id is null
                   and u.enabled = true
                   and exists (select 1 from user_role r where r.user_id = u.id and r.role = :role)
                 order by u.login
                """)
                .param("organisation", organisationId)
                .param("role", role.name())
                .query(CorrespondentRows::map)
                .list();
    }

    public List<Correspondent> tenantAdmins(UUID tenantId) {
        return tenantAdmins.get(
                tenantId,
                tenant -> List.copyOf(jdbc.sql(COLUMNS + """
                         where u.tenant_id = :tenant and u.enabled = true
                           and exists (select 1 from user_role r where r.user_id = u.id and r.role in (:roles))
                         order by u.login
                        """)
                        .param("tenant", tenant)
                        .param("roles", TENANT_ADMIN_ROLES)
                        .query(CorrespondentRows::map)
                        .list()));
    }

    public Optional<Correspondent> tenantUser(UUID tenantId, String address) {
        return jdbc.sql(COLUMNS + " where u.tenant_id = :tenant and lower(u.login) = :login and u.enabled = true")
                .param("tenant", tenantId)
                .param("login", address.strip().toLowerCase(Locale.ROOT))
                .query(CorrespondentRows::map)
                .optional();
    }

    public Optional<Correspondent> staffMember(String organisationId, UUID partnerId, String address) {
        var side = partnerId == null ? "u.partner_id is null" : "u.partner_id = :partner";
        var statement = jdbc.sql(COLUMNS + """
                 where u.organisation_id = :organisation and u.tenant_id is null and %s
                   and lower(u.login) = :login and u.enabled = true
                   and exists (select 1 from user_role r where r.user_id = u.id and r.role in (:roles))
                """.formatted(side))
                .param("organisation", organisationId)
                .param("login", address.strip().toLowerCase(Locale.ROOT))
                .param("roles", STAFF_ROLES);
        if (partnerId != null) {
            statement = statement.param("partner", partnerId);
        }
        return statement.query(CorrespondentRows::map).optional();
    }

    /** A user was added to the tenant. */
    void tenantUsersChanged(UUID tenantId) {
        tenantAdmins.evict(tenantId);
    }

    /** A user of some tenant changed. */
    void usersChanged() {
        tenantAdmins.evictAll();
    }

    private static Correspondent map(ResultSet rs, int row) throws SQLException {
        return new Correspondent(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
}
