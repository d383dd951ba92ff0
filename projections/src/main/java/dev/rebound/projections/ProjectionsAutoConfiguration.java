package dev.rebound.projections;

import dev.rebound.projections.progress.ProgressProjection;
import dev.rebound.projections.timeline.TimelineProjection;
import dev.rebound.projections.weaknesstrends.WeaknessTrendsProjection;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/** Registers every read model; Axon finds their event and query handlers on these beans. */
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
}
