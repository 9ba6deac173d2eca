package org.helpline.presales.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Row locks that make counting an address's inquiries and storing the next one a single step across
 * threads and nodes: a second inquiry of the same address waits until the first commits, then
 * counts it. The same lock guards the on-demand creation of an organisation's prospects tenant.
 */
@Repository
class LimitLocks {

    private final JdbcClient jdbc;

    LimitLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the row of ({@code scope}, {@code subject}) until the transaction ends, creating it first if needed. */
    void lock(String scope, String subject) {
        if (!locked(scope, subject)) {
            jdbc.sql(
                            "insert into presales_limit_lock (scope, subject) values (:scope, :subject) on conflict do nothing")
                    .param("scope", scope)
                    .param("subject", subject)
                    .update();
            locked(scope, subject);
        }
    }

    private boolean locked(String scope, String subject) {
        return jdbc.sql("select scope from presales_limit_lock where scope = :scope and subject = :subject for update")
                .param("scope", scope)
                .param("subject", subject)
                .query(String.class)
                .optional()
                .isPresent();
    }
}
