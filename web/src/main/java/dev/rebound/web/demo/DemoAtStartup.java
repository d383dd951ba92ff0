package dev.rebound.web.demo;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The switch {@code --demo} (or {@code rebound.demo=true}, env {@code REBOUND_DEMO=true}): once the application has
 * started, seeds the default organization with the demo candidates on a thread of its own, so the server answers
 * (health included) while it runs. A failure is logged with its reason and never stops the application; a restart
 * with the switch finds the demo recorded and adds nothing. Any other organization (once organizations can be
 * created) is seeded the same way with {@link DemoSeeder#seed}.
 */
@Component
public class DemoAtStartup implements ApplicationRunner, ApplicationListener<ContextClosedEvent> {

    /** The command-line option, {@code --demo}. */
    public static final String OPTION = "demo";
    /** The property, {@code rebound.demo=true} (env {@code REBOUND_DEMO=true}). */
    public static final String PROPERTY = "rebound.demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoAtStartup.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final DemoSeeder seeder;
    private final WebProperties properties;
    private final Environment environment;
    private volatile boolean stopping;
    private volatile Thread seeding;
    private volatile DemoReport report;

    public DemoAtStartup(DemoSeeder seeder, WebProperties properties, Environment environment) {
        this.seeder = seeder;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!requested(arguments)) {
            return;
        }
        OrganizationId organization = OrganizationId.of(properties.defaultOrganizationId());
        report = null;
        seeding = Thread.ofPlatform().name("rebound-demo-data").daemon().start(() -> seed(organization));
    }

    /** The last run's report; empty while it runs, or when the demo was not asked for. */
    public Optional<DemoReport> report() {
        return Optional.ofNullable(report);
    }

    /** Stops between two units, before the command bus and the database go away. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
        Thread running = seeding;
        if (running != null && running.isAlive()) {
            LOG.info("Demo data: stopping after the unit being recorded");
            try {
                running.join(STOP_PATIENCE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean requested(ApplicationArguments arguments) {
        if (arguments.containsOption(OPTION)) {
            return true;
        }
        try {
            return environment.getProperty(PROPERTY, Boolean.class, false);
        } catch (RuntimeException unreadable) {
            LOG.warn("Demo data: {}={} is neither true nor false; no demo data is seeded",
                    PROPERTY, environment.getProperty(PROPERTY));
            return false;
        }
    }

    private void seed(OrganizationId organization) {
        LOG.info("Demo data: seeding organization {} with demo candidates and five months of their history; the "
                + "server answers meanwhile", organization);
        try {
            DemoReport result = seeder.seed(organization, () -> stopping);
            log(result);
            report = result;
        } catch (RuntimeException failure) {
            LOG.error("Demo data could not be seeded: {}. The application runs on without it.",
                    failure.getMessage(), failure);
            report = new DemoReport(organization, List.of(), 0, 0, 0, List.of(String.valueOf(failure.getMessage())),
                    false, Duration.ZERO);
        }
    }

    private void log(DemoReport result) {
        String outcome;
        if (result.stopped()) {
            outcome = "stopped with the application; a restart with --demo completes it";
        } else if (result.unitsSeeded() == 0 && result.failures().isEmpty()) {
            outcome = "already present, nothing added";
        } else {
            outcome = "ready";
        }
        LOG.info("Demo data {} in organization {} ({} commands stored, {} units recorded now, {} found from an "
                        + "earlier run, {} failed; {} ms). Candidates:", outcome, result.organizationId(),
                result.commandsSent(), result.unitsSeeded(), result.unitsPresent(), result.failures().size(),
                result.took().toMillis());
        result.candidates().forEach(candidate -> LOG.info("    {}  {}: {}", candidate.candidateId(),
                candidate.name(), candidate.story()));
        if (!result.candidates().isEmpty()) {
            String base = "http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080"));
            String id = result.candidates().getFirst().candidateId().toString();
            String token = properties.bootstrapToken() != null && !properties.bootstrapToken().isBlank()
                    ? "$REBOUND_BOOTSTRAP_TOKEN"
                    : "$(cat " + properties.dataDir().resolve("bootstrap-token") + ")";
            LOG.info("Demo data: open a candidate at {}/candidates/{} or read them with the platform-admin token, e.g. "
                    + "curl -H \"Authorization: Bearer {}\" {}/api/v1/candidates/{}/timeline (also /todo, "
                    + "/weakness-trends, /employer-relationships, /progress; /api/v1/organizations/{}/analytics)",
                    base, id, token, base, id, result.organizationId());
        }
        if (!result.failures().isEmpty()) {
            LOG.warn("Demo data: {} units could not be recorded; the reasons are logged above", result.failures().size());
        }
    }
}
