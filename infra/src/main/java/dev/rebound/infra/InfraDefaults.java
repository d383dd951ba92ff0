package dev.rebound.infra;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Defaults every Rebound process needs, whatever module starts it, at the lowest precedence so that any
 * application property or environment variable overrides them.
 */
public class InfraDefaults implements EnvironmentPostProcessor {

    private static final Map<String, Object> DEFAULTS = Map.of(
            // no Axon Server: events in PostgreSQL, the in-process bus, and no phoning home
            "axon.axonserver.enabled", "false",
            "axon.update-check.disabled", "true",
            // every Flyway migration of every module, from db/migration/<module>
            "spring.flyway.locations", "classpath:db/migration",
            // bound every statement and idle transaction far below rebound.event-processing.gap-timeout
            "spring.datasource.hikari.connection-init-sql",
            "SET statement_timeout = '60s'; SET idle_in_transaction_session_timeout = '60s'");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("rebound-infra-defaults", DEFAULTS));
    }
}
