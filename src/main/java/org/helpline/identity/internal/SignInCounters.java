package org.helpline.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in failure counters, one row per key. {@link #lock} takes the row lock that makes
 * check-and-count atomic across threads and nodes; the caller's transaction holds it briefly.
 */
@Repository
class SignInCounters {

    /**
     * A counter as read under its lock: the failures settled so far, the wait they imposed, the
     * attempts being evaluated now ({@code inFlight}, void after {@code inFlightUntil}); times in
     * epoch milliseconds.
     */
    record Counter(
            String key,
            int failures,
            long allowedFrom,
            long lastAttemptAt,
            long trustedUntil,
            int inFlight,
            long inFlightUntil) {

        /** The attempts still being evaluated at {@code now}; those of a node that stopped expire. */
        int inFlightAt(long now) {
            return inFlightUntil < now ? 0 : inFlight;
        }
    }

    private final JdbcClient jdbc;

    SignInCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counter of {@code key}, created empty if new, locked until the transaction ends. */
    Counter lock(String key) {
        jdbc.sql("""
                insert into sign_in_throttle
                    (throttle_key, failures, allowed_from, last_attempt_at, trusted_until, in_flight, in_flight_until)
                values (:key, 0, 0, 0, 0, 0, 0)
                on conflict do nothing
                """).param("key", key).update();
        return jdbc.sql("""
                select throttle_key, failures, allowed_from, last_attempt_at, trusted_until, in_flight, in_flight_until
                from sign_in_throttle where throttle_key = :key
                for update
                """)
                .param("key", key)
                .query((rs, row) -> new Counter(
                        rs.getString("throttle_key"),
                        rs.getInt("failures"),
                        rs.getLong("allowed_from"),
                        rs.getLong("last_attempt_at"),
                        rs.getLong("trusted_until"),
                        rs.getInt("in_flight"),
                        rs.getLong("in_flight_until")))
                .single();
    }

    void save(Counter counter) {
        jdbc.sql("""
                update sign_in_throttle
                set failures = :failures, allowed_from = :allowedFrom, last_attempt_at = :lastAttemptAt,
                    trusted_until = :trustedUntil, in_flight = :inFlight, in_flight_until = :inFlightUntil
                where throttle_key = :key
                """)
                .param("failures", counter.failures())
                .param("allowedFrom", counter.allowedFrom())
                .param("lastAttemptAt", counter.lastAttemptAt())
                .param("trustedUntil", counter.trustedUntil())
                .param("inFlight", counter.inFlight())
                .param("inFlightUntil", counter.inFlightUntil())
                .param("key", counter.key())
                .update();
    }
}
