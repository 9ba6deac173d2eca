package org.helpline.scim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scim_user} table; a user's row goes with their account ({@code on delete cascade}). */
@Repository
class ScimUserRecords {

    private final JdbcClient jdbc;

    ScimUserRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, ScimUserRow> ofTenant(UUID tenantId) {
        return jdbc.sql("""
                select user_id, tenant_id, external_id, given_name, family_name, formatted_name, work_email,
                       preferred_language, last_modified, version
                from scim_user where tenant_id = :tenant
                """).param("tenant", tenantId).query(this::map).stream()
                .collect(Collectors.toMap(ScimUserRow::userId, Function.identity()));
    }

    /** Writes the row, bumping its version; the first write of a user inserts it. */
    void save(ScimUserRow row) {
        int updated = jdbc.sql("""
                update scim_user set external_id = :externalId, given_name = :given, family_name = :family,
                       formatted_name = :formatted, work_email = :email, preferred_language = :language,
                       last_modified = :modified, version = version + 1
                where user_id = :user and tenant_id = :tenant
                """).params(values(row)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into scim_user (user_id, tenant_id, external_id, given_name, family_name, formatted_name,
                                           work_email, preferred_language, last_modified, version)
                    values (:user, :tenant, :externalId, :given, :family, :formatted, :email, :language, :modified, 0)
                    """).params(values(row)).update();
        }
    }

    private static Map<String, Object> values(ScimUserRow row) {
        var values = new java.util.HashMap<String, Object>();
        values.put("user", row.userId());
        values.put("tenant", row.tenantId());
        values.put("externalId", row.externalId());
        values.put("given", row.givenName());
        values.put("family", row.familyName());
        values.put("formatted", row.formattedName());
        values.put("email", row.workEmail());
        values.put("language", row.preferredLanguage());
        values.put("modified", Timestamp.from(row.lastModified()));
        return values;
    }

    private ScimUserRow map(ResultSet rs, int rowNum) throws SQLException {
        return new ScimUserRow(
                rs.getObject("user_id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("external_id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("formatted_name"),
                rs.getString("work_email"),
                rs.getString("preferred_language"),
                rs.getTimestamp("last_modified").toInstant(),
                rs.getLong("version"));
    }
}
