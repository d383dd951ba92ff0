package dev.rebound.infra.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rebound.infra.ReboundProperties;
import dev.rebound.infra.postgres.DatabaseNotices;
import dev.rebound.infra.privacy.CryptoShreddingSerializer;
import dev.rebound.infra.privacy.ErasureNotices;
import dev.rebound.infra.privacy.JdbcPersonalDataKeys;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Axon's storage on PostgreSQL through plain JDBC: the event store, the token store and the dead-letter queue's
 * tables (created by Flyway), one Jackson 2 serializer for everything, and Spring-managed transactions so that a
 * projection's writes and its token commit together.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AxonStorageConfiguration {

    /** Axon's own mapper: Jackson 2 (Boot's web layer uses Jackson 3), no polymorphic default typing. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Bean
    JdbcPersonalDataKeys personalDataKeys(DataSource dataSource, Clock clock, ReboundProperties properties) {
        return new JdbcPersonalDataKeys(JdbcClient.create(dataSource), clock,
                properties.personalData().keyCacheTtl(), properties.personalData().masterKey());
    }

    /** Forgets cached keys of subjects erased on any node, at once. */
    @Bean
    ErasureNotices erasureNotices(JdbcPersonalDataKeys personalDataKeys) {
        return new ErasureNotices(personalDataKeys);
    }

    /** This node's one LISTEN connection: erasures and token revocations on any node reach its caches at once. */
    @Bean
    DatabaseNotices databaseNotices(DataSource dataSource, List<DatabaseNotices.Subscriber> subscribers) {
        return new DatabaseNotices(dataSource, subscribers, Duration.ofSeconds(5));
    }

    /** Jackson, with every personal value encrypted under its subject's key (crypto-shredding). */
    @Bean
    @Primary
    Serializer serializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                          JdbcPersonalDataKeys personalDataKeys) {
        return new CryptoShreddingSerializer(JacksonSerializer.builder().objectMapper(objectMapper).build(),
                objectMapper, personalDataKeys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    /** Without this, Axon on Boot 4 falls back to a no-op transaction manager. */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration, ReboundProperties properties) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .gapTimeout(Math.toIntExact(properties.eventProcessing().gapTimeout().toMillis()))
                .build();
    }

    /**
     * Axon's embedded event store, whose streams wake the streaming processors as soon as new events are read
     * (instead of their 500 ms poll); see {@link WakingEventStore}. Replaces the one Axon's auto-configuration declares
     * under the same name.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    WakingEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                ReboundProperties properties) {
        return WakingEventStore.create(storageEngine,
                configuration.messageMonitor(EventStore.class, "eventStore"),
                configuration.getComponent(EventBusSpanFactory.class),
                properties.eventProcessing().fetchDelay().toMillis(),
                events -> { });
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          ReboundProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .claimTimeout(properties.eventProcessing().claimTimeout())
                .contentType(byte[].class)
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    SavepointPerEventHandler savepointPerEventHandler(PlatformTransactionManager transactionManager) {
        return new SavepointPerEventHandler(transactionManager);
    }
}
