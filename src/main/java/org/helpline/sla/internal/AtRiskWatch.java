package org.helpline.sla.internal;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the at-risk warnings that are due: one recurring task calls {@link #warnDue} instead of a
 * timer per clock. Each clock is claimed in its own short transaction with a conditional update,
 * so a node never holds more than one clock row and two nodes never warn about the same crossing.
 */
@Service
public class AtRiskWatch {

    static final int BATCH = 200;

    private final AtRiskRows rows;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AtRiskWatch(AtRiskRows rows, ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Publishes {@link org.helpline.sla.SlaAtRisk} for each clock at risk by {@code now}; answers how many. */
    public int warnDue(Instant now) {
        int warned = 0;
        for (var clockId : rows.due(now, BATCH)) {
            Boolean done = transactions.execute(status -> {
                if (!rows.claim(clockId, now)) {
                    rows.dropStale(clockId, now);
                    return false;
                }
                rows.event(clockId, now).ifPresent(events::publishEvent);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                warned++;
            }
        }
        return warned;
    }
}
