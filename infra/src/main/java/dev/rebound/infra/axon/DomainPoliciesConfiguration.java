package dev.rebound.infra.axon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's policies that are asked for advice before a command is sent, as query handlers. */
@Configuration(proxyBeanMethods = false)
class DomainPoliciesConfiguration {

    @Bean
    ToneCheckQueries toneCheckQueries() {
        return new ToneCheckQueries();
    }
}
