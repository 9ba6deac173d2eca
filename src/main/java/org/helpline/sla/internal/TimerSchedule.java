package org.helpline.sla.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Durable timers, through db-scheduler's {@link SchedulerClient}, written in the caller's
 * transaction (the scheduler works on a transaction-aware data source), so a timer exists exactly
 * when the clock change that needs it committed. Each deadline gets its own instance name, which
 * names the clock and its deadline, so a timer needs no data; a timer that fires for a deadline
 * that has moved finds nothing to do, so cancelling is only tidying up.
 */
@Component
public class TimerSchedule {

    /** Fires when a request has waited for the customer as long as its policy allows. */
    public static final String CUSTOMER_WAIT_TASK = "sla-customer-wait";

    private final SchedulerClient scheduler;

    TimerSchedule(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    public void schedule(String task, String instance, Instant at) {
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(task, instance), at);
    }

    public void cancel(String task, String instance) {
        if (instance == null) {
            return;
        }
        try {
            scheduler.cancel(TaskInstanceId.of(task, instance));
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException e) {
            // it fired already or fires now; either way it will find its clock changed
        }
    }
}
