package dev.rebound.projections;

import dev.rebound.projections.analytics.AnalyticsProjection;
import dev.rebound.projections.contactaudit.ContactAuditProjection;
import dev.rebound.projections.timeline.TimelineProjection;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/** Registers every read model; Axon finds their event and query handlers on these beans. */
@AutoConfiguration
public class ProjectionsAutoConfiguration {

    @Bean
    TimelineProjection timelineProjection(DataSource dataSource) {
        return new TimelineProjection(JdbcClient.create(dataSource));
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
