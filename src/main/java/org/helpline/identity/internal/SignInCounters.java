package org.helpline.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in failure counters, one row per key. {@link #lock} takes the row lock that makes
 * check-and-count atomic across threads and nodes; the caller's transaction holds it briefly.
 */
@Repository
class SignInCounters {

    /** A counter as read under its lock; times in epoch milliseconds. */
    record Counter(String key, int failures, long allowedFrom, long lastAttemptAt, long trustedUntil) {}

    private final JdbcClient jdbc;

    SignInCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counter of {@code key}, created empty if new, locked until the transaction ends. */
    Counter lock(String key) {
        jdbc.sql("""
                insert into sign_in_throttle (throttle_key, failures, allowed_from, last_attempt_at, trusted_until)
                values (:key, 0, 0, 0, 0)
                on conflict do nothing
                """).param("key", key).update();
        return jdbc.sql("""
                select throttle_key, failures, allowed_from, last_attempt_at, trusted_until
                from sign_in_throttle where throttle_key = :key
                for update
                """)
                .param("key", key)
                .query((rs, row) -> new Counter(
                        rs.getString("throttle_key"),
                        rs.getInt("failures"),
                        rs.getLong("allowed_from"),
                        rs.getLong("last_attempt_at"),
                        rs.getLong("trusted_until")))
                .single();
    }

    void save(Counter counter) {
        jdbc.sql("""
                update sign_in_throttle
                set failures = :failures, allowed_from = :allowedFrom, last_attempt_at = :lastAttemptAt,
                    trusted_until = :trustedUntil
                where throttle_key = :key
                """)
                .param("failures", counter.failures())
                .param("allowedFrom", counter.allowedFrom())
                .param("lastAttemptAt", counter.lastAttemptAt())
                .param("trustedUntil", counter.trustedUntil())
                .param("key", counter.key())
                .update();
    }

    /** Takes back one counted attempt that was not a failure, lifting a wait that it alone caused. */
    void release(String key, int freeFailures) {
        jdbc.sql("""
                update sign_in_throttle
                set failures = failures - 1,
                    allowed_from = case when failures - 1 < :free then 0 else allowed_from end
                where throttle_key = :key and failures > 0
                """).param("free", freeFailures).param("key", key).update();
    }

    /** After a right password from this login and address: no failures, and trusted until {@code until}. */
    void trust(String key, long until) {
        jdbc.sql("""
                update sign_in_throttle set failures = 0, allowed_from = 0, trusted_until = :until
                where throttle_key = :key
                """).param("until", until).param("key", key).update();
    }
}
