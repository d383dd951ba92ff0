package dev.rebound.infra.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.rebound.infra.ReboundProperties;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Deadlines that survive restarts and fire once across nodes: db-scheduler keeps them in {@code scheduled_tasks};
 * Axon's own auto-configuration builds the {@code DbSchedulerDeadlineManager} on top as soon as this scheduler
 * exists.
 */
@Configuration(proxyBeanMethods = false)
class DeadlinesConfiguration {

    /**
     * The data source is wrapped so that a deadline scheduled by a command joins that command's transaction: it is
     * stored together with the event that caused it, or not at all.
     */
    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, ReboundProperties properties) {
        ReboundProperties.Deadlines deadlines = properties.deadlines();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks")
                .pollingInterval(deadlines.pollingInterval())
                .heartbeatInterval(deadlines.heartbeatInterval())
                .threads(deadlines.threads())
                // host and process: several nodes on one host must still tell their claims apart
                .schedulerName(new SchedulerName.Fixed(new SchedulerName.Hostname().getName() + "-"
                        + ProcessHandle.current().pid()))
                .commitWhenAutocommitDisabled(false)
                // a deadline still running at shutdown is retried by the next node to poll; don't hold the stop
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Starts polling once Axon runs (deadline handlers need its repositories) and stops before Axon stops. */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
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

            @Override
            public int getPhase() {
                return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
            }
        };
    }
}
