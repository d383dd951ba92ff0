package dev.rebound.infra.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.List;

/** Replays of read models: on request (command and queries through Axon) and at startup. */
@AutoConfiguration(after = AxonAutoConfiguration.class)
public class ReplayConfiguration {

    @Bean
    ReadModelReplays readModelReplays(EventProcessingConfiguration processing, EventStore eventStore, Clock clock) {
        return new ReadModelReplays(processing, eventStore, clock);
    }

    @Bean
    @ConditionalOnProperty("rebound.replay")
    ReplayAtStartup replayAtStartup(ReadModelReplays replays, @Value("${rebound.replay}") List<String> names) {
        return new ReplayAtStartup(replays, names);
    }
}
