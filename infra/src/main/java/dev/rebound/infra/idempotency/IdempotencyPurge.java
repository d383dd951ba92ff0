package dev.rebound.infra.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes expired rows of {@code idempotent_request} every {@code rebound.idempotency.purge-interval}, so that an
 * answer (and the ids it mentions) rests no longer than the retention plus one interval, however few requests come
 * in. Every node purges; the statement is idempotent, so nodes need not agree on who does. A failed purge (the
 * database away) is logged and tried again at the next interval.
 */
final class IdempotencyPurge implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    IdempotencyPurge(IdempotencyStore store, Duration interval) {
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("rebound.idempotency.purge-interval must be positive, not " + interval);
        }
        this.store = store;
        this.interval = interval;
    }

    /** One purge now; returns how many rows it deleted, or -1 when the database could not be reached. */
    int purge() {
        try {
            int purged = store.purgeExpired();
            if (purged > 0) {
                LOG.debug("Purged {} expired Idempotency-Key answers", purged);
            }
            return purged;
        } catch (RuntimeException e) {
            LOG.warn("Expired Idempotency-Key answers could not be purged; trying again in {}: {}", interval,
                    e.getMessage());
            return -1;
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::purge, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
