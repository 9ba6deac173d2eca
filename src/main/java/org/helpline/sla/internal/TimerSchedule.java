package org.helpline.sla.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.sql.Timestamp;
import java.time.Instant;
import org.helpline.platform.DeferredInserts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Durable timers in db-scheduler's table, written in the caller's transaction (the scheduler works
 * on a transaction-aware data source), so a timer exists exactly when the clock change that needs
 * it committed. Each deadline gets its own instance name, and a timer that fires for a deadline
 * that has moved finds nothing to do, so cancelling is only tidying up.
 */
@Component
public class TimerSchedule {

    /** Fires at a clock's deadline; the instance is {@link ClockRecord#timerName}. */
    public static final String DEADLINE_TASK = "sla-deadline";
    /** Fires when a request has waited for the customer as long as its policy allows. */
    public static final String CUSTOMER_WAIT_TASK = "sla-customer-wait";

    private final SchedulerClient scheduler;
    private final DeferredInserts inserts;

    TimerSchedule(SchedulerClient scheduler, DeferredInserts inserts) {
        this.scheduler = scheduler;
        this.inserts = inserts;
    }

    public void schedule(String task, String instance, Instant at) {
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(task, instance), at);
    }

    /**
     * For a timer whose instance name was never used, as a new clock's is: without the look for an
     * existing one that {@link #schedule} makes, its row (as the scheduler writes a new instance
     * without data) joins the caller's {@link DeferredInserts}, so a filing sends it with its others.
     */
    public void scheduleNew(String task, String instance, Instant at) {
        inserts.insert(
                """
                insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
                values (:task, :instance, null, :at, false, 1)
                """,
                new MapSqlParameterSource()
                        .addValue("task", task)
                        .addValue("instance", instance)
                        .addValue("at", Timestamp.from(at)));
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
