package dev.rebound.infra.access;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Builds the access read model from the event store when it was not built by this version of
 * {@link AccessModelProjection}: on a database that predates the model, and whenever {@link #VERSION} goes up
 * because the projection changed. A subscribing processor has no token to reset, so this is its replay.
 *
 * <p>Runs at startup, before Axon's processors, the deadline scheduler and the web server start, so the node serves
 * no request from an unbuilt model. In one transaction under the model's advisory lock (exclusive): a second node
 * starting at the same time waits, then finds the marker current and does nothing; commands that touch the model
 * wait until the rebuild commits and then apply their own events on top. It empties the tables, streams every event
 * from the start (batch by batch, in bounded memory) through the projection's own handlers, and records the version.
 * Readers see the old model until the transaction commits.
 */
public class AccessModelRebuild implements SmartLifecycle {

    /**
     * The version of the projection's logic. Raise it when {@link AccessModelProjection} changes what it writes: every
     * node that starts with a higher version than the marker row rebuilds the model once. A node with a lower one
     * (during a rollback) leaves the newer model alone.
     */
    public static final int VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(AccessModelRebuild.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EventStorageEngine eventStorageEngine;
    private final AnnotationEventHandlerAdapter handlers;
    private final Clock clock;
    private volatile boolean running;

    public AccessModelRebuild(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                              EventStorageEngine eventStorageEngine, AccessModelProjection projection, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.eventStorageEngine = eventStorageEngine;
        this.handlers = new AnnotationEventHandlerAdapter(projection);
        this.clock = clock;
    }

    /**
     * Rebuilds the model unless the marker says this version (or a newer one) built it.
     *
     * @return whether it rebuilt
     */
    public boolean rebuildIfOutdated() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            lockExclusively();
            Optional<Integer> built = builtBy();
            if (built.isPresent() && built.get() >= VERSION) {
                return false;
            }
            rebuild(built);
            return true;
        }));
    }

    /** The version that built the model, if any did. */
    public Optional<Integer> builtBy() {
        return jdbc.sql("SELECT version FROM access_model_version WHERE id = 1").query(Integer.class).optional();
    }

    private void lockExclusively() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(AccessModelProjection.LOCK_KEY)
                .query(Integer.class).single();
        TransactionSynchronizationManager.bindResource(AccessModelProjection.EXCLUSIVE_LOCK_HELD, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AccessModelProjection.EXCLUSIVE_LOCK_HELD);
            }
        });
    }

    private void rebuild(Optional<Integer> built) {
        long started = System.nanoTime();
        log.info("Building the access read model (built by version {}, now {}) from the event store",
                built.map(String::valueOf).orElse("none"), VERSION);
        for (String table : new String[]{"access_member", "access_candidate", "access_coach_assignment",
                "access_application"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        AtomicLong applied = new AtomicLong();
        Map<Class<?>, Boolean> handled = new HashMap<>();
        try (Stream<? extends EventMessage<?>> events = eventStorageEngine.readEvents(null, false)) {
            // by the stored type: the payload of an event no handler takes is never deserialized (nor decrypted)
            events.filter(event -> handled.computeIfAbsent(event.getPayloadType(), handlers::canHandleType))
                    .forEach(event -> {
                        handle(event);
                        applied.incrementAndGet();
                    });
        }
        jdbc.sql("""
                        INSERT INTO access_model_version (id, version, built_at) VALUES (1, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET version = excluded.version, built_at = excluded.built_at""")
                .params(VERSION, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        log.info("Built the access read model from {} events in {} ms", applied.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void handle(EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The access read model could not apply event " + event.getIdentifier(),
                    e);
        }
    }

    /** Before Axon starts its processors and deadlines, and so before the web server, which starts after Axon. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE - 1;
    }

    @Override
    public void start() {
        rebuildIfOutdated();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
