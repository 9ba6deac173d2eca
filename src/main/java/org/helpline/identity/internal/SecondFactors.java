package org.helpline.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The second factors of users: a TOTP secret (sealed), recovery code hashes and the passkeys that
 * Spring Security's WebAuthn repositories keep (found by the login their user entity is named by),
 * and which tenants require a second factor.
 */
@Repository
class SecondFactors {

    /** A user's TOTP secret, sealed, and the last step a code of it was accepted for. */
    record Totp(UUID userId, String sealedSecret, long lastUsedStep, Instant createdAt) {}

    /** A passkey as its owner sees it. */
    record Passkey(String id, String label, Instant createdAt, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    SecondFactors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasAny(UUID userId, String login) {
        return jdbc.sql("""
                        select (select count(*) from user_totp where user_id = :user)
                             + (select count(*) from user_credentials c join user_entities e
                                  on e.id = c.user_entity_user_id where e.name = :login)
                        """)
                        .param("user", userId)
                        .param("login", login)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Totp> totp(UUID userId) {
        return jdbc.sql(
                        "select user_id, secret_sealed, last_used_step, created_at from user_totp where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new Totp(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("secret_sealed"),
                        rs.getLong("last_used_step"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    void saveTotp(UUID userId, String sealedSecret, long usedStep, Instant at) {
        jdbc.sql("delete from user_totp where user_id = :user")
                .param("user", userId)
                .update();
        jdbc.sql("""
                insert into user_totp (user_id, secret_sealed, last_used_step, created_at)
                values (:user, :secret, :step, :at)
                """)
                .param("user", userId)
                .param("secret", sealedSecret)
                .param("step", usedStep)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Marks the step used; false if it or a later one was used already (a replayed code). */
    boolean useStep(UUID userId, long step) {
        return jdbc.sql("""
                        update user_totp set last_used_step = :step
                        where user_id = :user and last_used_step < :step
                        """).param("step", step).param("user", userId).update() == 1;
    }

    void replaceRecoveryCodes(UUID userId, List<String> hashes) {
        jdbc.sql("delete from user_recovery_code where user_id = :user")
                .param("user", userId)
                .update();
        for (var hash : hashes) {
            jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (:user, :hash)")
                    .param("user", userId)
                    .param("hash", hash)
                    .update();
        }
    }

    /** Uses the recovery code with this hash; false if there is none such or it was used. */
    boolean useRecoveryCode(UUID userId, String hash, Instant at) {
        return jdbc.sql("""
                        update user_recovery_code set used_at = :at
                        where user_id = :user and code_hash = :hash and used_at is null
                        """)
                        .param("at", Timestamp.from(at))
                        .param("user", userId)
                        .param("hash", hash)
                        .update()
                == 1;
    }

    int recoveryCodesLeft(UUID userId) {
        return jdbc.sql("select count(*) from user_recovery_code where user_id = :user and used_at is null")
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    List<Passkey> passkeys(String login) {
        return jdbc.sql("""
                select c.credential_id, c.label, c.created, c.last_used
                from user_credentials c join user_entities e on e.id = c.user_entity_user_id
                where e.name = :login
                order by c.created, c.credential_id
                """)
                .param("login", login)
                .query((rs, n) -> new Passkey(
                        rs.getString("credential_id"),
                        rs.getString("label"),
                        instant(rs.getTimestamp("created")),
                        instant(rs.getTimestamp("last_used"))))
                .list();
    }

    /** Removes a passkey of the user; false if they have none with this id. */
    boolean removePasskey(String login, String credentialId) {
        return jdbc.sql("""
                        delete from user_credentials
                        where credential_id = :id
                          and user_entity_user_id in (select id from user_entities where name = :login)
                        """).param("id", credentialId).param("login", login).update() == 1;
    }

    /** Forgets every factor of the user. */
    void removeAll(UUID userId, String login) {
        jdbc.sql("delete from user_totp where user_id = :user")
                .param("user", userId)
                .update();
        jdbc.sql("delete from user_recovery_code where user_id = :user")
                .param("user", userId)
                .update();
        jdbc.sql("""
                delete from user_credentials
                where user_entity_user_id in (select id from user_entities where name = :login)
                """).param("login", login).update();
    }

    void removeTotp(UUID userId) {
        jdbc.sql("delete from user_totp where user_id = :user")
                .param("user", userId)
                .update();
        jdbc.sql("delete from user_recovery_code where user_id = :user")
                .param("user", userId)
                .update();
    }

    boolean tenantRequires(UUID tenantId) {
        return jdbc.sql("select required from tenant_second_factor where tenant_id = :tenant")
                .param("tenant", tenantId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void tenantRequires(UUID tenantId, boolean required, Instant at) {
        jdbc.sql("delete from tenant_second_factor where tenant_id = :tenant")
                .param("tenant", tenantId)
                .update();
        jdbc.sql("insert into tenant_second_factor (tenant_id, required, changed_at) values (:tenant, :required, :at)")
                .param("tenant", tenantId)
                .param("required", required)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
