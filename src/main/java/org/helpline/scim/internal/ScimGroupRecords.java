package org.helpline.scim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scim_group} and {@code scim_group_member} tables. */
@Repository
class ScimGroupRecords {

    private final JdbcClient jdbc;

    ScimGroupRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's groups, in the order they were made. */
    List<ScimGroupRow> ofTenant(UUID tenantId) {
        var members = new HashMap<UUID, Set<UUID>>();
        jdbc.sql("""
                select m.group_id, m.user_id from scim_group_member m join scim_group g on g.id = m.group_id
                where g.tenant_id = :tenant
                """)
                .param("tenant", tenantId)
                .query((rs, n) -> members.computeIfAbsent(rs.getObject(1, UUID.class), id -> new LinkedHashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return jdbc.sql("""
                select id, tenant_id, display_name, external_id, created_at, last_modified, version from scim_group
                where tenant_id = :tenant order by created_at, id
                """)
                .param("tenant", tenantId)
                .query((rs, n) -> map(rs, members.getOrDefault(rs.getObject("id", UUID.class), Set.of())))
                .list();
    }

    Optional<ScimGroupRow> find(UUID tenantId, UUID groupId) {
        return ofTenant(tenantId).stream()
                .filter(group -> group.id().equals(groupId))
                .findFirst();
    }

    /** The display names of the user's groups. */
    List<String> namesOf(UUID userId) {
        return jdbc.sql("""
                select g.display_name from scim_group g join scim_group_member m on m.group_id = g.id
                where m.user_id = :user order by g.display_name
                """).param("user", userId).query(String.class).list();
    }

    void insert(ScimGroupRow group) {
        jdbc.sql("""
                insert into scim_group (id, tenant_id, display_name, external_id, created_at, last_modified, version)
                values (:id, :tenant, :name, :externalId, :created, :modified, 0)
                """)
                .param("id", group.id())
                .param("tenant", group.tenantId())
                .param("name", group.displayName())
                .param("externalId", group.externalId())
                .param("created", Timestamp.from(group.created()))
                .param("modified", Timestamp.from(group.lastModified()))
                .update();
        insertMembers(group.id(), group.members());
    }

    /**
     * Writes the group's name, external id and members if nobody changed it since its {@code version}
     * was read, bumping the version; false if somebody did.
     */
    boolean update(ScimGroupRow group) {
        int updated = jdbc.sql("""
                update scim_group set display_name = :name, external_id = :externalId, last_modified = :modified,
                       version = version + 1
                where id = :id and tenant_id = :tenant and version = :version
                """)
                .param("name", group.displayName())
                .param("externalId", group.externalId())
                .param("modified", Timestamp.from(group.lastModified()))
                .param("id", group.id())
                .param("tenant", group.tenantId())
                .param("version", group.version())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from scim_group_member where group_id = :id")
                .param("id", group.id())
                .update();
        insertMembers(group.id(), group.members());
        return true;
    }

    void delete(UUID tenantId, UUID groupId) {
        jdbc.sql("delete from scim_group where id = :id and tenant_id = :tenant")
                .param("id", groupId)
                .param("tenant", tenantId)
                .update();
    }

    private void insertMembers(UUID groupId, Set<UUID> members) {
        for (var user : members) {
            jdbc.sql("insert into scim_group_member (group_id, user_id) values (:group, :user)")
                    .param("group", groupId)
                    .param("user", user)
                    .update();
        }
    }

    private static ScimGroupRow map(ResultSet rs, Set<UUID> members) throws SQLException {
        return new ScimGroupRow(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("display_name"),
                rs.getString("external_id"),
                java.util.Collections.unmodifiableSet(new LinkedHashSet<>(members)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_modified").toInstant(),
                rs.getLong("version"));
    }
}
