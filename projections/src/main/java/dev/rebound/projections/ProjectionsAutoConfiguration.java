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
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * Registers every read model; Axon finds their event and query handlers on these beans. No read model takes a
 * setting of the domain: due times come on the events (decision 0013).
 */
@AutoConfiguration
public class ProjectionsAutoConfiguration {

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
    TodoProjection todoProjection(DataSource dataSource, QueryUpdateEmitter queryUpdateEmitter) {
        return new TodoProjection(JdbcClient.create(dataSource), queryUpdateEmitter);
    }

    @Bean
    ApplicationsProjection applicationsProjection(DataSource dataSource) {
        return new ApplicationsProjection(JdbcClient.create(dataSource));
    }

    @Bean
    ContactAuditProjection contactAuditProjection(DataSource dataSource) {
        return new ContactAuditProjection(JdbcClient.create(dataSource));
    }

    @Bean
    AnalyticsProjection analyticsProjection(DataSource dataSource) {
        return new AnalyticsProjection(JdbcClient.create(dataSource));
    }
}
