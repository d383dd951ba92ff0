package dev.rebound.bench.seed;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import dev.rebound.api.access.SystemActor;
import dev.rebound.api.access.SystemCaller;
import dev.rebound.api.application.FeedbackReceipt;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.command.CreateOrganization;

/**
 * Fills the event store for the benchmark's replay phase from inside the application, through its command bus:
 * organizations are created and each is given the demo data (the commands of {@code DemoStories}, sent in order with
 * the demo's own sender and rights, as {@code DemoSeeder} does), several organizations at once, until
 * {@code rebound.bench.seed-events} events are stored. {@code DemoSeeder.seed} itself is synchronized (one
 * organization at a time), hence the commands are read from the script here; the web's demo classes are
 * package-private, so they are reached by reflection. Never part of the product: it
 * reaches the application only when bench/run.sh starts the jar with {@code -Dloader.path=bench/target/classes} and
 * sets {@code REBOUND_BENCH_SEED_EVENTS}. Progress goes to the log ("bench-seed: …"), the end to the file named by
 * {@code rebound.bench.seed-done-file}; a file of
 * that name with {@code .stop} appended stops it early.
 */
@AutoConfiguration
@ConditionalOnProperty("rebound.bench.seed-events")
public class BenchSeedAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BenchSeedAutoConfiguration.class);

    @Bean
    ApplicationRunner benchSeed(CommandGateway commands, DataSource dataSource,
            @Value("${rebound.bench.seed-events}") long target,
            @Value("${rebound.bench.seed-threads:8}") int threads,
            @Value("${rebound.bench.seed-done-file}") String doneFile) {
        return args -> Thread.ofPlatform().name("bench-seed").daemon().start(() -> {
            try {
                java.nio.file.Path stop = java.nio.file.Path.of(doneFile + ".stop");
                seed(commands, dataSource, target, threads, stop);
                java.nio.file.Files.writeString(java.nio.file.Path.of(doneFile),
                        java.nio.file.Files.exists(stop) ? "stopped by the harness\n" : "done\n");
            } catch (Exception e) {
                LOG.error("bench-seed: failed", e);
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(doneFile), "failed: " + e + "\n");
                } catch (java.io.IOException ignored) {
                    // the harness times out instead
                }
            }
        });
    }

    private static void seed(CommandGateway commands, DataSource dataSource, long target,
            int threads, java.nio.file.Path stop) throws Exception {
        DemoScript script = new DemoScript();
        AtomicBoolean enough = new AtomicBoolean(stored(dataSource) >= target);
        AtomicInteger organizations = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    while (!enough.get()) {
                        OrganizationId organization = OrganizationId.of(UUID.randomUUID());
                        SystemCaller sender = new SystemCaller(SystemActor.DEMO, organization);
                        try {
                            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                    new CreateOrganization(organization, "Bench seed " + organization.value()))
                                    .andMetaData(sender.toMetaData()));
                            for (Object candidate : script.candidates(organization)) {
                                for (List<Object> unit : script.units(candidate)) {
                                    script.record(commands, unit, sender);
                                }
                            }
                        } catch (Exception e) {
                            LOG.warn("bench-seed: organization {} failed: {}", organization.value(), e.toString());
                            if (failures.incrementAndGet() > 20) {
                                throw e;
                            }
                        }
                        int n = organizations.incrementAndGet();
                        if (java.nio.file.Files.exists(stop)) {
                            LOG.info("bench-seed: told to stop");
                            enough.set(true);
                        } else if (n % 10 == 0) {
                            long stored = stored(dataSource);
                            LOG.info("bench-seed: {} organizations, {} events stored, {} events/s", n, stored,
                                    Math.round(stored / ((System.nanoTime() - t0) / 1e9)));
                            enough.set(stored >= target);
                        }
                    }
                    return null;
                });
            }
        }
        if (failures.get() > 20) {
            throw new IllegalStateException("more than 20 organizations could not be seeded, see the log");
        }
        LOG.info("bench-seed: done, {} organizations, {} events stored", organizations.get(), stored(dataSource));
    }

    private static long stored(DataSource dataSource) throws java.sql.SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The web's demo script, by reflection: the candidates of an organization, their units, and how one is sent. */
    private static final class DemoScript {
        private final Constructor<?> stories;
        private final Method candidates;
        private final Method units;
        private final Method commandsOfUnit;
        private final Constructor<?> earlyEvaluations;
        private final Method recorded;
        private final Method marked;

        DemoScript() throws ReflectiveOperationException {
            Class<?> storiesClass = Class.forName("dev.rebound.web.demo.DemoStories");
            stories = storiesClass.getDeclaredConstructor(OrganizationId.class, Instant.class);
            stories.setAccessible(true);
            candidates = Class.forName("dev.rebound.web.demo.DemoScript").getDeclaredMethod("candidates");
            candidates.setAccessible(true);
            units = Class.forName("dev.rebound.web.demo.DemoCandidate").getDeclaredMethod("units");
            units.setAccessible(true);
            commandsOfUnit = Class.forName("dev.rebound.web.demo.DemoUnit").getDeclaredMethod("commands");
            commandsOfUnit.setAccessible(true);
            Class<?> early = Class.forName("dev.rebound.web.demo.EarlyEvaluations");
            earlyEvaluations = early.getDeclaredConstructor();
            earlyEvaluations.setAccessible(true);
            recorded = early.getDeclaredMethod("recorded", RecordFeedback.class, FeedbackReceipt.class);
            recorded.setAccessible(true);
            marked = early.getDeclaredMethod("marked", EvaluateFeedback.class);
            marked.setAccessible(true);
        }

        List<?> candidates(OrganizationId organization) throws ReflectiveOperationException {
            return (List<?>) candidates.invoke(stories.newInstance(organization, Instant.now()));
        }

        @SuppressWarnings("unchecked")
        List<List<Object>> units(Object candidate) throws ReflectiveOperationException {
            List<?> all = (List<?>) units.invoke(candidate);
            List<List<Object>> result = new java.util.ArrayList<>();
            for (Object unit : all) {
                result.add((List<Object>) commandsOfUnit.invoke(unit));
            }
            return result;
        }

        /** Sends a unit's commands in order as DemoSeeder does: early evaluations marked, conflicts tried again. */
        void record(CommandGateway gateway, List<Object> unit, SystemCaller sender) throws ReflectiveOperationException {
            Object early = earlyEvaluations.newInstance();
            for (Object command : unit) {
                Object toSend = command instanceof EvaluateFeedback evaluation ? marked.invoke(early, evaluation) : command;
                Object result = null;
                for (int attempt = 1; ; attempt++) {
                    try {
                        result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(toSend)
                                .andMetaData(sender.toMetaData()));
                        break;
                    } catch (ConcurrencyException conflict) {
                        if (attempt == 3) {
                            throw conflict;
                        }
                    }
                }
                if (command instanceof RecordFeedback feedback && result instanceof FeedbackReceipt receipt) {
                    recorded.invoke(early, feedback, receipt);
                }
            }
        }
    }
}
