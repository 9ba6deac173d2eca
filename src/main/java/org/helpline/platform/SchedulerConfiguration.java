package org.helpline.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler instance of the application, built from the {@code db-scheduler.*} properties.
 *
 * <p>The Spring Boot starter 16.7.1 orders its auto-configuration after Boot 3's
 * {@code DataSourceAutoConfiguration}, a class Boot 4 no longer has, so its condition on a data
 * source bean never matches and it creates no scheduler. This builds the same scheduler with the
 * starter's own support class (a transaction-aware data source, so timers are written in the
 * caller's transaction) and steps aside once a {@link Scheduler} bean exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DbSchedulerProperties.class)
class SchedulerConfiguration {

    @Bean
    @ConditionalOnMissingBean(Scheduler.class)
    Scheduler dbScheduler(DbSchedulerProperties properties, DataSource dataSource, List<Task<?>> tasks) {
        return DbSchedulerConfigurationSupport.buildScheduler(
                properties,
                new DbSchedulerCustomizer() {},
                StatsRegistry.NOOP,
                new SystemClock(),
                dataSource,
                tasks,
                List.of(),
                List.of());
    }

    /** Starts polling once the context is up and stops it before the data source closes. */
    @Bean
    @ConditionalOnMissingBean(name = "dbSchedulerStarter")
    SmartLifecycle dbSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {

            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
