package org.helpline.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitations of tenant users, by the hash of their link's token. */
@Repository
class Invitations {

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, UUID userId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                insert into user_invitation (token_hash, user_id, created_at, expires_at)
                values (:hash, :user, :createdAt, :expiresAt)
                """)
                .param("hash", tokenHash)
                .param("user", userId)
                .param("createdAt", Timestamp.from(createdAt))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    /** The invitation, locked so that two submissions of one link cannot both use it. */
    Optional<InvitationRow> findForUpdate(String tokenHash) {
        return jdbc.sql("""
                select token_hash, user_id, expires_at, used_at from user_invitation
                where token_hash = :hash for update
                """).param("hash", tokenHash).query(this::map).optional();
    }

    Optional<InvitationRow> find(String tokenHash) {
        return jdbc.sql("select token_hash, user_id, expires_at, used_at from user_invitation where token_hash = :hash")
                .param("hash", tokenHash)
                .query(this::map)
                .optional();
    }

    void markUsed(String tokenHash, Instant usedAt) {
        jdbc.sql("update user_invitation set used_at = :usedAt where token_hash = :hash")
                .param("usedAt", Timestamp.from(usedAt))
                .param("hash", tokenHash)
                .update();
    }

    /** Whether the user has a link that still works. */
    boolean openFor(UUID userId, Instant now) {
        return jdbc.sql("""
                        select count(*) from user_invitation
                        where user_id = :user and used_at is null and expires_at > :now
                        """)
                        .param("user", userId)
                        .param("now", Timestamp.from(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the user was invited and has not accepted yet (their link may have run out). */
    boolean awaitingAcceptance(UUID userId) {
        return jdbc.sql("""
                        select count(*) from user_invitation where user_id = :user
                        having count(*) > 0 and count(used_at) = 0
                        """).param("user", userId).query(Long.class).optional().isPresent();
    }

    /** Ends the user's open invitations now: their links answer that they ran out. */
    void expireOpen(UUID userId, Instant now) {
        jdbc.sql(
                        "update user_invitation set expires_at = :now where user_id = :user and used_at is null and expires_at > :now")
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .update();
    }

    private InvitationRow map(ResultSet rs, int rowNum) throws SQLException {
        var used = rs.getTimestamp("used_at");
        return new InvitationRow(
                rs.getString("token_hash"),
                rs.getObject("user_id", UUID.class),
                rs.getTimestamp("expires_at").toInstant(),
                used == null ? null : used.toInstant());
    }
}
