package dev.rebound.infra;

import dev.rebound.testsupport.FixtureSenders;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots infra, domain and projections without the web layer. Tests send their commands and queries straight to Axon
 * as no one signed in, so a fixture names a sender for them (test-support's {@link FixtureSenders}; the access policy
 * refuses messages without one).
 */
@SpringBootApplication
public class InfraTestApplication {

    @Bean
    FixtureSenders.ForCommands fixtureCommandSender() {
        return new FixtureSenders.ForCommands();
    }

    @Bean
    FixtureSenders.ForQueries fixtureQuerySender() {
        return new FixtureSenders.ForQueries();
    }
}
