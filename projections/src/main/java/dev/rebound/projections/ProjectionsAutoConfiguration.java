package dev.rebound.projections;

import dev.rebound.projections.analytics.AnalyticsProjection;
import dev.rebound.projections.applications.ApplicationsProjection;
import dev.rebound.projections.contactaudit.ContactAuditProjection;
import dev.rebound.projections.employerrelationships.EmployerRelationshipsProjection;
import dev.rebound.projections.progress.ProgressProjection;
import dev.rebound.projections.timeline.TimelineProjection;
import dev.rebound.projections.todo.TodoProjection;
import dev.rebound.projections.weaknesstrends.WeaknessTrendsProjection;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;

/** Registers every read model; Axon finds their event and query handlers on these beans. */
@AutoConfiguration
public class ProjectionsAutoConfiguration {

    /**
     * The setting the domain uses for the cooling-off period after received feedback; its default must stay the
     * one of {@code ReboundProperties.FeedbackCycle} in infra, which projections may not depend on.
     */
    static final String COOLING_OFF = "rebound.feedback-cycle.cooling-off";
    static final Duration DEFAULT_COOLING_OFF = Duration.ofHours(24);

    @Bean
    TimelineProjection timelineProjection(DataSource dataSource, QueryUpdateEmitter updates) {
        return new TimelineProjection(JdbcClient.create(dataSource), updates);
    }

    @Bean
    WeaknessTrendsProjection weaknessTrendsProjection(DataSource dataSource) {
        return new WeaknessTrendsProjection(JdbcClient.create(dataSource));
    }

    @Bean
    ProgressProjection progressProjection(DataSource dataSource) {
        return new ProgressProjection(JdbcClient.create(dataSource));
    }

    @Bean
    EmployerRelationshipsProjection employerRelationshipsProjection(DataSource dataSource) {
        return new EmployerRelationshipsProjection(JdbcClient.create(dataSource));
    }

    @Bean
    TodoProjection todoProjection(DataSource dataSource, QueryUpdateEmitter queryUpdateEmitter,
                                  Environment environment) {
        return new TodoProjection(JdbcClient.create(dataSource), queryUpdateEmitter, coolingOff(environment));
    }

    @Bean
    ApplicationsProjection applicationsProjection(DataSource dataSource, Environment environment) {
        return new ApplicationsProjection(JdbcClient.create(dataSource), coolingOff(environment));
    }

    @Bean
    ContactAuditProjection contactAuditProjection(DataSource dataSource) {
        return new ContactAuditProjection(JdbcClient.create(dataSource));
    }

    @Bean
    AnalyticsProjection analyticsProjection(DataSource dataSource) {
        return new AnalyticsProjection(JdbcClient.create(dataSource));
    }

    private static Duration coolingOff(Environment environment) {
        return Binder.get(environment).bind(COOLING_OFF, Duration.class).orElse(DEFAULT_COOLING_OFF);
    }
}
