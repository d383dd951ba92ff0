package dev.rebound.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Rebound: turns job rejections into measured improvement. The web module serves the REST API; Axon, the event
 * store, the read models and the embedded PostgreSQL arrive as auto-configuration from the runtime-only modules.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReboundApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReboundApplication.class, args);
    }
}
