package org.helpline.mail.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.mail.RequestMailKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kinds of request e-mail each tenant admin turned off. */
@Repository
public class PreferenceRows {

    private final JdbcClient jdbc;

    PreferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<RequestMailKind> disabled(UUID tenantId, UUID userId) {
        var kinds = jdbc.sql("""
                select kind from mail_preference
                where tenant_id = :tenant and user_id = :user and enabled = false
                """)
                .param("tenant", tenantId)
                .param("user", userId)
                .query(String.class)
                .list();
        var result = EnumSet.noneOf(RequestMailKind.class);
        kinds.forEach(kind -> result.add(RequestMailKind.valueOf(kind)));
        return result;
    }

    public void save(UUID tenantId, UUID userId, RequestMailKind kind, boolean enabled, Instant at) {
        var changed = jdbc.sql("""
                update mail_preference set enabled = :enabled, updated_at = :at
                where tenant_id = :tenant and user_id = :user and kind = :kind
                """)
                .params(values(tenantId, userId, kind, enabled, at))
                .update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into mail_preference (tenant_id, user_id, kind, enabled, updated_at)
                    values (:tenant, :user, :kind, :enabled, :at)
                    """).params(values(tenantId, userId, kind, enabled, at)).update();
        }
    }

    private static Map<String, Object> values(
            UUID tenantId, UUID userId, RequestMailKind kind, boolean enabled, Instant at) {
        return Map.of(
                "tenant",
                tenantId,
                "user",
                userId,
                "kind",
                kind.name(),
                "enabled",
                enabled,
                "at",
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
