package org.helpline.sla.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.helpline.sla.internal.AtRiskWatch;
import org.helpline.sla.internal.DeadlineWatch;
import org.helpline.sla.internal.SlaTimers;
import org.helpline.sla.internal.TimerSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SLA's scheduled work as db-scheduler tasks: the recurring checks for passed deadlines and
 * at-risk clocks, and the durable customer-wait timers. A failed run is retried later and a run lost
 * with its node is revived, and the handlers are idempotent, so each takes effect exactly once.
 */
@Configuration(proxyBeanMethods = false)
class SlaTimerTasks {

    static final String DEADLINES_TASK = "sla-deadlines";
    static final int DEADLINES_INTERVAL_SECONDS = 5;
    static final String AT_RISK_TASK = "sla-at-risk";

    /**
     * One recurring check for passed deadlines instead of a timer per clock, which would cost intake
     * a round trip; db-scheduler runs a recurring task on one node at a time, and each clock is
     * breached once anyway.
     */
    @Bean
    RecurringTask<Void> slaDeadlinesTask(DeadlineWatch watch, Clock clock) {
        return Tasks.recurring(DEADLINES_TASK, FixedDelay.ofSeconds(DEADLINES_INTERVAL_SECONDS))
                .execute((instance, context) -> watch.breachDue(clock.instant()));
    }

    @Bean
    OneTimeTask<Void> slaCustomerWaitTask(SlaTimers timers, Clock clock) {
        return Tasks.oneTime(TimerSchedule.CUSTOMER_WAIT_TASK)
                .execute((instance, context) -> timers.fireCustomerWait(instance.getId(), now(clock, context)));
    }

    /**
     * One recurring check for at-risk clocks instead of a second timer per clock; db-scheduler runs
     * a recurring task on one node at a time, and each warning is claimed once anyway.
     */
    @Bean
    RecurringTask<Void> slaAtRiskTask(
            AtRiskWatch watch, Clock clock, @Value("${helpline.sla.at-risk-interval:15s}") Duration interval) {
        return Tasks.recurring(AT_RISK_TASK, FixedDelay.of(interval))
                .execute((instance, context) -> watch.warnDue(clock.instant()));
    }

    /** Never earlier than the time the timer was set for, so a node whose clock lags cannot waste a timer. */
    private static Instant now(Clock clock, ExecutionContext context) {
        var scheduledFor = context.getExecution().getExecutionTime();
        var now = clock.instant();
        return now.isBefore(scheduledFor) ? scheduledFor : now;
    }
}
