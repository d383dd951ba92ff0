package dev.rebound.infra.axon;

import dev.rebound.infra.ReboundProperties;
import dev.rebound.infra.upcasting.UpcastingConfiguration;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Axon Framework on PostgreSQL, set up here explicitly rather than left to Axon's own auto-configuration, whose
 * conditions wait for Spring Boot 3 class names and whose defaults (camelCase tables, no-op transactions, log and
 * skip on handler errors) do not fit.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class, TransactionAutoConfiguration.class,
                NoOpTransactionAutoConfiguration.class, ObjectMapperAutoConfiguration.class,
                EventProcessingAutoConfiguration.class, AxonDbSchedulerAutoConfiguration.class})
@EnableConfigurationProperties(ReboundProperties.class)
@Import({AxonStorageConfiguration.class, EventProcessingConfiguration.class, AggregatesConfiguration.class,
        DeadlinesConfiguration.class, DomainPoliciesConfiguration.class, UpcastingConfiguration.class, AccessModelConfiguration.class})
public class ReboundAxonAutoConfiguration {
}
