package dev.rebound.infra.axon;

import dev.rebound.infra.ReboundProperties;
import dev.rebound.infra.access.AccessModelProjection;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.annotation.Configuration;

/**
 * How projections consume events: pooled streaming processors (segments shared between nodes through the token
 * store) with batches of {@code rebound.event-processing.batch-size}, and a dead-letter queue in PostgreSQL for
 * every processing group. A candidate's events reach a read model in stored order (one sequence per candidate). A
 * handler's exception is propagated to the dead-letter queue, which parks the event and every later event of the same
 * candidate, so nothing is skipped silently and the other candidates keep flowing. The access model is the exception:
 * a subscribing processor in the command's own transaction (AccessModelConfiguration), without a dead-letter queue, so
 * that its handler's failure fails the command.
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingConfiguration {

    @Bean
    ConfigurerModule eventProcessingDefaults(ReboundProperties properties, ConnectionProvider connectionProvider,
                                             TransactionManager transactionManager, DeadLetterSchema deadLetterSchema,
                                             Serializer serializer, ListableBeanFactory beans) {
        ReboundProperties.EventProcessing settings = properties.eventProcessing();
        return new OrderedConfigurerModule(configurer -> configurer.eventProcessing(processing -> {
            deadLetteredGroups(beans).forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                    group, (configuration, invoker) -> invoker.enableSequenceIdentifierCache()));
            processing
                    .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                            .batchSize(settings.batchSize())
                            .initialSegmentCount(settings.segments()))
                    .registerDefaultSequencingPolicy(configuration -> new PerCandidateSequencingPolicy())
                    .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                    .registerDeadLetterQueueProvider(processingGroup ->
                            AccessModelProjection.NAME.equals(processingGroup) ? null
                            : configuration -> JdbcSequencedDeadLetterQueue.builder()
                                    .processingGroup(processingGroup)
                                    .connectionProvider(connectionProvider)
                                    .transactionManager(transactionManager)
                                    .schema(deadLetterSchema)
                                    .genericSerializer(serializer)
                                    .eventSerializer(serializer)
                                    .build());
        }));
    }

    /**
     * The processing groups with a dead-letter queue: every event handler's but the access model's. Each caches, per
     * segment it owns, which candidates' sequences are known not to be parked, so that an event of a candidate with
     * nothing parked is handled without asking the queue (one query per event and processor before). The cache starts
     * trusting only an empty queue, and a sequence parked by this node is checked again, so nothing parked is skipped.
     */
    private static Set<String> deadLetteredGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null && !AccessModelProjection.NAME.equals(group.value())) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    /**
     * Runs after Axon's own modules: Axon's Spring Boot support registers a dead-letter queue provider that only
     * serves processing groups listed in {@code axon.eventhandling.processors.<name>.dlq.enabled}; ours serves all.
     */
    private record OrderedConfigurerModule(ConfigurerModule delegate) implements ConfigurerModule {

        @Override
        public void configureModule(Configurer configurer) {
            delegate.configureModule(configurer);
        }

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }
    }
}
