package org.helpline.automation.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.helpline.automation.internal.AutomationProperties;
import org.helpline.automation.internal.Routines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The routine automation as recurring db-scheduler tasks, each every {@code
 * helpline.automation.interval}: db-scheduler runs a recurring task on one node at a time, and each
 * step is taken once per request anyway ({@link Routines}). The routines are lazy because the
 * requests and sla modules they call schedule through the scheduler these tasks belong to.
 */
@Configuration(proxyBeanMethods = false)
class AutomationTasks {

    static final String CLOSE_TASK = "automation-close-resolved";
    static final String REMIND_TASK = "automation-remind-customers";
    static final String ASSIGN_TASK = "automation-assign-new";

    @Bean
    RecurringTask<Void> automationCloseTask(@Lazy Routines routines, AutomationProperties properties, Clock clock) {
        return Tasks.recurring(CLOSE_TASK, FixedDelay.of(properties.interval()))
                .execute((instance, context) -> routines.closeResolved(clock.instant()));
    }

    @Bean
    RecurringTask<Void> automationRemindTask(@Lazy Routines routines, AutomationProperties properties, Clock clock) {
        return Tasks.recurring(REMIND_TASK, FixedDelay.of(properties.interval()))
                .execute((instance, context) -> routines.remind(clock.instant()));
    }

    @Bean
    RecurringTask<Void> automationAssignTask(@Lazy Routines routines, AutomationProperties properties, Clock clock) {
        return Tasks.recurring(ASSIGN_TASK, FixedDelay.of(properties.interval()))
                .execute((instance, context) -> routines.assign(clock.instant()));
    }
}
