package dev.rebound.infra.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upcasters of stored events. Axon's Spring configuration puts every {@link EventUpcaster} bean into the
 * configuration's upcaster chain, which the event storage engine reads through (see {@code AxonStorageConfiguration}).
 * Each step is its own bean, named by event and revision step.
 */
@Configuration(proxyBeanMethods = false)
public class UpcastingConfiguration {

    @Bean
    EventUpcaster rejectionReceivedUpcaster1to2() {
        return new RejectionReceivedUpcaster1to2();
    }

    @Bean
    EventUpcaster feedbackRequestedUpcaster1to2() {
        return new FeedbackRequestedUpcaster1to2();
    }

    @Bean
    EventUpcaster feedbackReceivedUpcaster1to2() {
        return new FeedbackReceivedUpcaster1to2();
    }
}
