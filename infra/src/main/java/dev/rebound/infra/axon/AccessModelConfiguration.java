package dev.rebound.infra.axon;

import dev.rebound.infra.access.AccessModelProjection;
import dev.rebound.infra.access.AccessModelRebuild;
import dev.rebound.infra.access.AccessQueries;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The access read model: its projection on a subscribing processor (in the command's transaction, see
 * {@link AccessModelProjection}), its rebuild at startup, and the queries that read it.
 */
@Configuration(proxyBeanMethods = false)
class AccessModelConfiguration {

    @Bean
    AccessModelProjection accessModelProjection(DataSource dataSource) {
        return new AccessModelProjection(JdbcClient.create(dataSource));
    }

    @Bean
    AccessModelRebuild accessModelRebuild(DataSource dataSource, PlatformTransactionManager transactionManager,
                                          EventStorageEngine eventStorageEngine, AccessModelProjection projection,
                                          Clock clock) {
        return new AccessModelRebuild(JdbcClient.create(dataSource), transactionManager, eventStorageEngine,
                projection, clock);
    }

    @Bean
    AccessQueries accessQueries(DataSource dataSource, EventSchema eventSchema, Serializer serializer,
                                ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new AccessQueries(JdbcClient.create(dataSource), eventSchema, serializer,
                () -> axon.getObject().upcasterChain());
    }

    /**
     * A subscribing processor: the events reach the projection while the command that applied them is still in its
     * transaction. It gets no dead-letter queue (see {@link EventProcessingConfiguration}): a failure fails the
     * command.
     */
    @Bean
    ConfigurerModule accessModelProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(AccessModelProjection.NAME);
    }
}
