package org.helpline.mail.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.helpline.mail.MailProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that polls the inbound mailbox, only when {@code helpline.mail.inbound.host}
 * is set. db-scheduler runs one execution of a recurring task at a time across all nodes. The
 * poller is looked up when the job runs: the scheduler is built before the modules it serves.
 */
@Configuration(proxyBeanMethods = false)
class InboundMailTask {

    static final String NAME = "mail-inbound-poll";

    @Bean
    @ConditionalOnExpression("!'${helpline.mail.inbound.host:}'.isBlank()")
    RecurringTask<Void> mailInboundPollTask(ObjectProvider<InboundMail> inbound, MailProperties properties) {
        return Tasks.recurring(NAME, FixedDelay.of(properties.inbound().pollInterval()))
                .execute((instance, context) -> inbound.getObject().poll());
    }
}
