package org.helpline.sla.internal;

import java.time.Instant;
import java.util.UUID;
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
    static final int MAX_BATCHES = 50;

    private final AtRiskWarnings rows;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AtRiskWatch(AtRiskWarnings rows, ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Publishes {@link org.helpline.sla.SlaAtRisk} for each clock at risk by {@code now}, batch after
     * batch until none is left (at most {@link #MAX_BATCHES} per run); answers how many.
     */
    public int warnDue(Instant now) {
        int warned = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var due = rows.due(now, BATCH);
            for (var clockId : due) {
                if (warn(clockId, now)) {
                    warned++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return warned;
    }

    /** Claims and announces one warning, or drops it when it can no longer be given. */
    private boolean warn(UUID clockId, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!rows.claim(clockId, now)) {
                rows.dropStale(clockId, now);
                return false;
            }
            rows.event(clockId, now).ifPresent(events::publishEvent);
            return true;
        }));
    }
}
