package org.helpline.sla.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Instant;
import org.helpline.sla.internal.SlaTimers;
import org.helpline.sla.internal.TimerSchedule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable SLA timers as db-scheduler tasks: a failed run is retried later and a run lost with
 * its node is revived, and the handlers are idempotent, so each timer takes effect exactly once.
 */
@Configuration(proxyBeanMethods = false)
class SlaTimerTasks {

    @Bean
    OneTimeTask<Void> slaDeadlineTask(SlaTimers timers, Clock clock) {
        return Tasks.oneTime(TimerSchedule.DEADLINE_TASK)
                .execute((instance, context) -> timers.fireDeadline(instance.getId(), now(clock, context)));
    }

    @Bean
    OneTimeTask<Void> slaCustomerWaitTask(SlaTimers timers, Clock clock) {
        return Tasks.oneTime(TimerSchedule.CUSTOMER_WAIT_TASK)
                .execute((instance, context) -> timers.fireCustomerWait(instance.getId(), now(clock, context)));
    }

    /** Never earlier than the time the timer was set for, so a node whose clock lags cannot waste a timer. */
    private static Instant now(Clock clock, ExecutionContext context) {
        var scheduledFor = context.getExecution().getExecutionTime();
        var now = clock.instant();
        return now.isBefore(scheduledFor) ? scheduledFor : now;
    }
}
