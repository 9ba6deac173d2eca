package org.helpline.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.platform.Caches;
import org.helpline.platform.SharedCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, found by the hash of their secret. */
@Repository
class ApiTokens {

    private static final String COLUMNS = "id, user_id, name, scope, created_at, expires_at, last_used_at, revoked_at";

    /** How stale a token's last use may be before a use writes it again. */
    static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    private final JdbcClient jdbc;

    /**
     * Tokens by the hash of their secret: every API call shows one. A revocation is seen on every
     * node as soon as it commits; expiry is checked on each call.
     */
    private final SharedCache<String, ApiTokenRow> recentlyShown;

    ApiTokens(JdbcClient jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.recentlyShown = caches.shared("identity.api-tokens", 10_000);
    }

    void insert(ApiTokenRow token, String secretHash) {
        jdbc.sql("""
                insert into api_token (id, user_id, name, scope, token_hash, created_at, expires_at)
                values (:id, :user, :name, :scope, :hash, :createdAt, :expiresAt)
                """)
                .param("id", token.id())
                .param("user", token.userId())
                .param("name", token.name())
                .param("scope", token.scope().value())
                .param("hash", secretHash)
                .param("createdAt", Timestamp.from(token.createdAt()))
                .param("expiresAt", Timestamp.from(token.expiresAt()))
                .update();
    }

    Optional<ApiTokenRow> findByHash(String secretHash) {
        return Optional.ofNullable(recentlyShown.get(
                secretHash,
                hash -> jdbc.sql("select " + COLUMNS + " from api_token where token_hash = :hash")
                        .param("hash", hash)
                        .query(ApiTokens::map)
                        .optional()
                        .orElse(null)));
    }

    List<ApiTokenRow> ofUser(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where user_id = :user order by created_at desc, id")
                .param("user", userId)
                .query(ApiTokens::map)
                .list();
    }

    boolean revoke(UUID userId, UUID tokenId, Instant at) {
        recentlyShown.evictAll();
        return jdbc.sql("""
                update api_token set revoked_at = :at
                where id = :id and user_id = :user and revoked_at is null
                """)
                        .param("at", Timestamp.from(at))
                        .param("id", tokenId)
                        .param("user", userId)
                        .update()
                == 1;
    }

    /** Records a use of the token with this secret hash, which is read again next time. */
    void touch(UUID tokenId, String secretHash, Instant at) {
        recentlyShown.evict(secretHash);
        jdbc.sql("""
                update api_token set last_used_at = :at
                where id = :id and (last_used_at is null or last_used_at < :staleBefore)
                """)
                .param("at", Timestamp.from(at))
                .param("staleBefore", Timestamp.from(at.minus(TOUCH_INTERVAL)))
                .param("id", tokenId)
                .update();
    }

    private static ApiTokenRow map(ResultSet rs, int rowNum) throws SQLException {
        return new ApiTokenRow(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("name"),
                TokenScope.of(rs.getString("scope")),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
