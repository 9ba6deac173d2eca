package org.helpline.mail.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.mail.RequestMailKind;
import org.helpline.platform.Caches;
import org.helpline.platform.SharedCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kinds of request e-mail each tenant admin turned off. */
@Repository
class PreferenceRows {

    private record TenantKind(UUID tenantId, RequestMailKind kind) {}

    private final JdbcClient jdbc;

    /** Who turned each kind of e-mail off, by tenant: every new request's e-mails ask. */
    private final SharedCache<TenantKind, Set<UUID>> optedOut;

    PreferenceRows(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.optedOut = caches.shared("mail.opted-out", 50_000);
    }

    /** The users of the tenant who turned {@code kind} off. */
    public Set<UUID> optedOut(UUID tenantId, RequestMailKind kind) {
        return optedOut.get(
                new TenantKind(tenantId, kind),
                key -> Set.copyOf(jdbc.sql("""
                        select user_id from mail_preference where tenant_id = :tenant and kind = :kind and enabled = false
                        """)
                        .param("tenant", key.tenantId())
                        .param("kind", key.kind().name())
                        .query(UUID.class)
                        .list()));
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
        optedOut.evict(new TenantKind(tenantId, kind));
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
