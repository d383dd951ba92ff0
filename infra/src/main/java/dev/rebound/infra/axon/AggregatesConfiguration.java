package dev.rebound.infra.axon;

import dev.rebound.domain.application.Application;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Registers the domain's aggregates with Axon; the domain itself knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class AggregatesConfiguration {

    /** The clock aggregates check occurred-at times against; tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(Application.class);
    }
}
