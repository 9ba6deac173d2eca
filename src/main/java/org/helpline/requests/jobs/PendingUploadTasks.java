package org.helpline.requests.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.helpline.requests.RequestManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Removes uploads no message named within {@code helpline.attachments.pending-for}, every hour, in
 * batches so one run never holds many rows locked. db-scheduler runs it on one node at a time;
 * the service is looked up when the job runs, as the scheduler is built before the modules.
 */
@Configuration(proxyBeanMethods = false)
class PendingUploadTasks {

    static final String NAME = "requests-pending-uploads";
    private static final int BATCH = 200;

    @Bean
    RecurringTask<Void> pendingUploadsTask(ObjectProvider<RequestManagement> requests) {
        return Tasks.recurring(NAME, FixedDelay.ofHours(1)).execute((instance, context) -> {
            int removed;
            do {
                removed = requests.getObject().removeExpiredUploads(BATCH);
            } while (removed == BATCH);
        });
    }
}
