package dev.rebound.infra;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots infra, domain and projections without the web layer. */
@SpringBootApplication
public class InfraTestApplication {
}
