package org.helpline.phone.internal;

import static org.helpline.phone.internal.Times.at;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the codes sent within a window for one limit, under a row lock that makes the count and
 * the send that follows it one step across threads and nodes: a second send of the same tenant,
 * caller number or agent waits until the first commits, then counts its code. Callers lock their
 * limits in the order of {@link SendScope}, so two sends never wait for each other in a circle.
 */
@Repository
class SendLimits {

    private final JdbcClient jdbc;

    SendLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks {@code subject}'s row of {@code scope} until the transaction ends, then counts its sends since {@code since}. */
    public long lockAndCount(SendScope scope, Object subject, Instant since) {
        lock(scope, subject.toString());
        return jdbc.sql(scope.countSql())
                .param("subject", subject)
                .param("since", at(since))
                .query(Long.class)
                .single();
    }

    private void lock(SendScope scope, String subject) {
        if (!locked(scope, subject)) {
            jdbc.sql("insert into phone_send_lock (scope, subject) values (:scope, :subject) on conflict do nothing")
                    .param("scope", scope.name())
                    .param("subject", subject)
                    .update();
            locked(scope, subject);
        }
    }

    private boolean locked(SendScope scope, String subject) {
        return jdbc.sql("select scope from phone_send_lock where scope = :scope and subject = :subject for update")
                .param("scope", scope.name())
                .param("subject", subject)
                .query(String.class)
                .optional()
                .isPresent();
    }
}
