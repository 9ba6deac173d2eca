package org.helpline.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpline.identity.DirectoryUser;
import org.helpline.identity.TenantPerson;
import org.helpline.shared.Role;
import org.helpline.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users of all organisations, with their roles. */
@Repository
class Users {

    private static final String COLUMNS = """
            u.id, u.login, u.name, u.password_hash, u.tenant_id, u.organisation_id, u.partner_id,
            u.language, u.time_zone, u.enabled, u.version""";

    private final JdbcClient jdbc;
    private final CorrespondentRows correspondents;

    Users(JdbcClient jdbc, CorrespondentRows correspondents) {
        this.jdbc = jdbc;
        this.correspondents = correspondents;
    }

    public void insert(UserRow user, Instant createdAt) {
        if (user.tenantId() != null) {
            correspondents.tenantUsersChanged(user.tenantId());
        }
        jdbc.sql("""
                insert into app_user (id, login, name, password_hash, tenant_id, organisation_id, partner_id,
                                      language, time_zone, enabled, created_at, version)
                values (:id, :login, :name, :hash, :tenant, :organisation, :partner, :language, :zone, :enabled,
                        :createdAt, 0)
                """)
                .param("id", user.id())
                .param("login", user.login())
                .param("name", user.name())
                .param("hash", user.passwordHash())
                .param("tenant", user.tenantId())
                .param("organisation", user.organisationId())
                .param("partner", user.partnerId())
                .param("language", user.language())
                .param("zone", user.timeZone())
                .param("enabled", user.enabled())
                .param("createdAt", Timestamp.from(createdAt))
                .update();
        insertRoles(user.id(), user.roles());
    }

    public boolean existsByLogin(String login) {
        return jdbc.sql("select count(*) from app_user where login = :login")
                        .param("login", normalise(login))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<UserRow> findByLogin(String login) {
        return one("u.login = :key", normalise(login));
    }

    public Optional<UserRow> findById(UUID id) {
        return one("u.id = :key", id);
    }

    public List<UserRow> page(String organisationId, String query, int offset, int limit) {
        var ids = jdbc.sql("""
                select u.id from app_user u
                where u.organisation_id = :organisation
                  and (cast(:query as varchar(300)) is null or lower(u.login) like :query or lower(u.name) like :query)
                order by u.login, u.id
                limit :limit offset :offset
                """)
                .param("organisation", organisationId)
                .param("query", likePattern(query))
                .param("limit", limit)
                .param("offset", offset)
                .query(UUID.class)
                .list();
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    public long count(String organisationId, String query) {
        return jdbc.sql("""
                select count(*) from app_user u
                where u.organisation_id = :organisation
                  and (cast(:query as varchar(300)) is null or lower(u.login) like :query or lower(u.name) like :query)
                """)
                .param("organisation", organisationId)
                .param("query", likePattern(query))
                .query(Long.class)
                .single();
    }

    public List<UserRow> tenantUsersWithAnyRole(UUID tenantId, Set<Role> roles) {
        var ids = jdbc.sql("""
                select distinct u.id, u.name from app_user u join user_role r on r.user_id = u.id
                where u.tenant_id = :tenant and u.enabled = true and r.role in (:roles)
                order by u.name, u.id
                """)
                .param("tenant", tenantId)
                .param("roles", roles.stream().map(Role::name).toList())
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    public void changeRolesAndStatus(UUID id, Set<Role> roles, boolean enabled, long version) {
        correspondents.usersChanged();
        int changed = jdbc.sql("""
                update app_user set enabled = :enabled, version = version + 1
                where id = :id and version = :version
                """)
                .param("enabled", enabled)
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new StaleEditException("User", id);
        }
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        insertRoles(id, roles);
    }

    public void changePassword(UUID id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    /** The same password hashed anew: no new version, and only while the old hash is still the one stored. */
    void replacePasswordHash(String login, String oldHash, String newHash) {
        jdbc.sql("update app_user set password_hash = :new where login = :login and password_hash = :old")
                .param("new", newHash)
                .param("login", normalise(login))
                .param("old", oldHash)
                .update();
    }

    public void changeLanguage(UUID id, String language) {
        correspondents.usersChanged();
        jdbc.sql("update app_user set language = :language where id = :id")
                .param("language", language)
                .param("id", id)
                .update();
    }

    /** The tenant's users with their roles, last sign-in and whether an invitation of theirs is open. */
    public List<TenantPerson> tenantPeople(UUID tenantId, UUID onlyUserId, Instant now) {
        var rows = jdbc.sql("""
                select u.id, u.login, u.name, u.language, u.enabled, u.version, u.last_sign_in_at, r.role,
                       exists (select 1 from user_invitation i
                               where i.user_id = u.id and i.used_at is null and i.expires_at > :now) as invited,
                       exists (select 1 from user_invitation i where i.user_id = u.id)
                         and not exists (select 1 from user_invitation i
                                         where i.user_id = u.id and (i.used_at is not null or i.expires_at > :now))
                         as invitation_expired
                from app_user u left join user_role r on r.user_id = u.id
                where u.tenant_id = :tenant and (cast(:user as uuid) is null or u.id = :user)
                order by u.login, u.id
                """)
                .param("tenant", tenantId)
                .param("user", onlyUserId)
                .param("now", Timestamp.from(now))
                .query(Users::mapPerson)
                .list();
        Map<UUID, TenantPerson> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.merge(row.id(), row, Users::withRolesOfBoth));
        return List.copyOf(byId.values());
    }

    public Optional<TenantPerson> tenantPerson(UUID tenantId, UUID userId, Instant now) {
        return tenantPeople(tenantId, userId, now).stream().findFirst();
    }

    /** The tenant's users (or the one with {@code onlyUserId}) as its directory sees them. */
    public List<DirectoryUser> directoryUsers(UUID tenantId, UUID onlyUserId) {
        var rows = jdbc.sql("""
                select u.id, u.login, u.name, u.language, u.enabled, u.created_at, u.version, r.role
                from app_user u left join user_role r on r.user_id = u.id
                where u.tenant_id = :tenant and (cast(:user as uuid) is null or u.id = :user)
                order by u.created_at, u.id
                """)
                .param("tenant", tenantId)
                .param("user", onlyUserId)
                .query(Users::mapDirectoryUser)
                .list();
        Map<UUID, DirectoryUser> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.merge(row.id(), row, (first, next) -> {
            var roles = EnumSet.noneOf(Role.class);
            roles.addAll(first.roles());
            roles.addAll(next.roles());
            return new DirectoryUser(
                    first.id(),
                    first.login(),
                    first.displayName(),
                    first.language(),
                    first.active(),
                    roles,
                    first.createdAt(),
                    first.version());
        }));
        return List.copyOf(byId.values());
    }

    /** Changes what a directory sets of a user, if nobody changed them since {@code version}. */
    public void changeProfile(UUID id, DirectoryUser.Profile profile, long version) {
        correspondents.usersChanged();
        int changed = jdbc.sql("""
                update app_user set login = :login, name = :name, language = :language, enabled = :enabled,
                                    version = version + 1
                where id = :id and version = :version
                """)
                .param("login", normalise(profile.login()))
                .param("name", profile.displayName())
                .param("language", profile.language())
                .param("enabled", profile.active())
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new StaleEditException("User", id);
        }
    }

    /** Locks and answers the tenant's enabled global admins, so two demotions cannot both pass the count. */
    public List<UUID> lockEnabledGlobalAdmins(UUID tenantId) {
        return jdbc.sql("""
                select id from app_user
                where tenant_id = :tenant and enabled = true
                  and id in (select user_id from user_role where role = 'GLOBAL_ADMIN')
                for update
                """).param("tenant", tenantId).query(UUID.class).list();
    }

    public void recordSignIn(UUID id, Instant at) {
        jdbc.sql("update app_user set last_sign_in_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Gives an invited user their name and password and lets them sign in. */
    public void setUp(UUID id, String name, String passwordHash) {
        correspondents.usersChanged();
        jdbc.sql("""
                update app_user set name = :name, password_hash = :hash, enabled = true, version = version + 1
                where id = :id
                """)
                .param("name", name)
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    /** Deletes the user; their passkeys too, which Spring Security keeps by login, not by user id. */
    public void delete(UUID id, UUID tenantId) {
        correspondents.tenantUsersChanged(tenantId);
        correspondents.usersChanged();
        jdbc.sql("""
                delete from user_credentials where user_entity_user_id in
                    (select e.id from user_entities e join app_user u on u.login = e.name where u.id = :id)
                """).param("id", id).update();
        jdbc.sql("delete from user_entities where name in (select login from app_user where id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("delete from app_user where id = :id").param("id", id).update();
    }

    private static TenantPerson mapPerson(ResultSet rs, int rowNum) throws SQLException {
        var role = rs.getString("role");
        var signedIn = rs.getTimestamp("last_sign_in_at");
        return new TenantPerson(
                rs.getObject("id", UUID.class),
                rs.getString("login"),
                rs.getString("name"),
                role == null ? EnumSet.noneOf(Role.class) : EnumSet.of(Role.valueOf(role)),
                rs.getString("language"),
                rs.getBoolean("enabled"),
                rs.getBoolean("invited"),
                rs.getBoolean("invitation_expired"),
                signedIn == null ? null : signedIn.toInstant(),
                rs.getLong("version"));
    }

    private static DirectoryUser mapDirectoryUser(ResultSet rs, int rowNum) throws SQLException {
        var role = rs.getString("role");
        return new DirectoryUser(
                rs.getObject("id", UUID.class),
                rs.getString("login"),
                rs.getString("name"),
                rs.getString("language"),
                rs.getBoolean("enabled"),
                role == null ? EnumSet.noneOf(Role.class) : EnumSet.of(Role.valueOf(role)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    private static TenantPerson withRolesOfBoth(TenantPerson first, TenantPerson next) {
        var roles = EnumSet.noneOf(Role.class);
        roles.addAll(first.roles());
        roles.addAll(next.roles());
        return new TenantPerson(
                first.id(),
                first.email(),
                first.displayName(),
                roles,
                first.language(),
                first.enabled(),
                first.invited(),
                first.invitationExpired(),
                first.lastSignInAt(),
                first.version());
    }

    private Optional<UserRow> one(String condition, Object key) {
        var rows = jdbc.sql("select " + COLUMNS
                        + ", r.role from app_user u left join user_role r on r.user_id = u.id where " + condition)
                .param("key", key)
                .query(this::mapWithRoles)
                .list();
        return merge(rows).stream().findFirst();
    }

    private UserRow mapWithRoles(ResultSet rs, int rowNum) throws SQLException {
        var role = rs.getString("role");
        Set<Role> roles = role == null ? EnumSet.noneOf(Role.class) : EnumSet.of(Role.valueOf(role));
        return new UserRow(
                rs.getObject("id", UUID.class),
                rs.getString("login"),
                rs.getString("name"),
                rs.getString("password_hash"),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("organisation_id"),
                rs.getObject("partner_id", UUID.class),
                rs.getString("language"),
                rs.getString("time_zone"),
                rs.getBoolean("enabled"),
                rs.getLong("version"),
                roles);
    }

    private static List<UserRow> merge(List<UserRow> rows) {
        Map<UUID, UserRow> byId = new LinkedHashMap<>();
        for (var row : rows) {
            byId.merge(row.id(), row, (first, next) -> {
                var roles = EnumSet.noneOf(Role.class);
                roles.addAll(first.roles());
                roles.addAll(next.roles());
                return first.withRoles(roles);
            });
        }
        return List.copyOf(byId.values());
    }

    private void insertRoles(UUID userId, Set<Role> roles) {
        for (var role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:user, :role)")
                    .param("user", userId)
                    .param("role", role.name())
                    .update();
        }
    }

    static String normalise(String login) {
        return login == null ? null : login.trim().toLowerCase(Locale.ROOT);
    }

    private static String likePattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        var escaped = query.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
