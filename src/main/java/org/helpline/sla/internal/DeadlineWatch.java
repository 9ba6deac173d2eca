package org.helpline.sla.internal;

import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Breaches the clocks whose deadline has passed: one recurring task calls {@link #breachDue}
 * instead of a timer per clock, so filing a request writes no timer. Each clock is breached in its
 * own short transaction by a conditional update ({@link SlaTimers#fire}), so a clock is breached
 * once however many nodes look, and a clock met, paused or moved meanwhile is left alone.
 */
@Service
public class DeadlineWatch {

    static final int BATCH = 200;
    static final int MAX_BATCHES = 50;

    private final RequestClocks rows;
    private final SlaTimers timers;

    DeadlineWatch(RequestClocks rows, SlaTimers timers) {
        this.rows = rows;
        this.timers = timers;
    }

    /**
     * Breaches each running clock due by {@code now}, batch after batch until none is left (at most
     * {@link #MAX_BATCHES} per run); answers how many.
     */
    public int breachDue(Instant now) {
        int breached = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var due = rows.runningDue(now, BATCH);
            for (var clockId : due) {
                if (timers.fire(clockId, now)) {
                    breached++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return breached;
    }
}
