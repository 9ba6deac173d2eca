package org.helpline.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpline.identity.DirectoryRoles;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code directory_role} table: each tenant's mapping of directory values to tenant roles. */
@Repository
class DirectoryRoleMappings implements DirectoryRoles {

    static final int MAX_VALUE_LENGTH = 200;

    private final JdbcClient jdbc;

    DirectoryRoleMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Role> mapping(UUID tenantId) {
        var mapping = new LinkedHashMap<String, Role>();
        jdbc.sql("select directory_value, role from directory_role where tenant_id = :tenant order by directory_value")
                .param("tenant", tenantId)
                .query((row, number) -> mapping.put(row.getString(1), Role.valueOf(row.getString(2))))
                .list();
        return mapping;
    }

    @Override
    public Set<Role> rolesFor(UUID tenantId, Collection<String> directoryValues) {
        var roles = EnumSet.noneOf(Role.class);
        if (directoryValues.isEmpty()) {
            return roles;
        }
        var mapped = new LinkedHashMap<String, Role>();
        mapping(tenantId).forEach((value, role) -> mapped.put(value.toLowerCase(Locale.ROOT), role));
        for (var value : directoryValues) {
            var role = mapped.get(value.toLowerCase(Locale.ROOT));
            if (role != null) {
                roles.add(role);
            } else {
                namedTenantRole(value).ifPresent(roles::add);
            }
        }
        return roles;
    }

    /** Replaces the tenant's mapping; the values must be distinct ignoring case and the roles tenant roles. */
    @Transactional
    void replace(UUID tenantId, Map<String, Role> mapping) {
        check(mapping);
        jdbc.sql("delete from directory_role where tenant_id = :tenant")
                .param("tenant", tenantId)
                .update();
        mapping.forEach((value, role) -> jdbc.sql("""
                        insert into directory_role (tenant_id, directory_value, role)
                        values (:tenant, :value, :role)
                        """)
                .param("tenant", tenantId)
                .param("value", value.strip())
                .param("role", role.name())
                .update());
    }

    static void check(Map<String, Role> mapping) {
        var seen = new java.util.HashSet<String>();
        for (var entry : mapping.entrySet()) {
            var value = entry.getKey() == null ? "" : entry.getKey().strip();
            if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
                throw new InvalidInputException(
                        "roleMapping", "each value must be 1 to " + MAX_VALUE_LENGTH + " characters");
            }
            if (!seen.add(value.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("roleMapping", "names " + value + " twice (values ignore case)");
            }
            if (entry.getValue() == null || !entry.getValue().isTenantRole()) {
                throw new InvalidInputException("roleMapping", value + " must map to a tenant role");
            }
        }
    }

    /** {@code global-admin}, {@code Global admin} and {@code GLOBAL_ADMIN} all name {@link Role#GLOBAL_ADMIN}. */
    static Optional<Role> namedTenantRole(String value) {
        var name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (var role : Role.values()) {
            if (role.isTenantRole() && role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
