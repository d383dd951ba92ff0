package dev.rebound.infra.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When tokens were last used, noted in memory on the request thread and written off it: every flush interval
 * ({@code rebound.tokens.last-used-flush-interval}) one {@code UPDATE … FROM (VALUES …)} per batch writes each used
 * token's latest use, and a node that stops writes what it still holds. So a token list's "last used" lags by the
 * flush interval at most (what a node that died held is lost), and a request never writes.
 */
public final class TokenUses implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TokenUses.class);
    /** Tokens per UPDATE statement. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final Duration flushInterval;
    private final ConcurrentHashMap<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final Object flushing = new Object();
    private volatile ScheduledExecutorService flusher;

    public TokenUses(JdbcClient jdbc, Duration flushInterval) {
        this.jdbc = jdbc;
        this.flushInterval = flushInterval;
    }

    /** Notes a use; only the latest per token is kept until the next flush. */
    void used(UUID tokenId, Instant at) {
        pending.merge(tokenId, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /** Writes every noted use now (the schedule calls it; tests and shutdown too). Never moves a time backwards. */
    public void flush() {
        synchronized (flushing) {
            flushNoted();
        }
    }

    private void flushNoted() {
        if (pending.isEmpty()) {
            return;
        }
        Map<UUID, Instant> taken = new HashMap<>();
        for (UUID tokenId : List.copyOf(pending.keySet())) {
            Instant at = pending.remove(tokenId);
            if (at != null) {
                taken.put(tokenId, at);
            }
        }
        List<Map.Entry<UUID, Instant>> uses = new ArrayList<>(taken.entrySet());
        for (int from = 0; from < uses.size(); from += BATCH) {
            List<Map.Entry<UUID, Instant>> batch = uses.subList(from, Math.min(uses.size(), from + BATCH));
            try {
                write(batch);
            } catch (RuntimeException e) {
                batch.forEach(use -> used(use.getKey(), use.getValue())); // tried again at the next flush
                throw e;
            }
        }
    }

    private void write(List<Map.Entry<UUID, Instant>> batch) {
        StringBuilder values = new StringBuilder();
        List<Object> params = new ArrayList<>(batch.size() * 2);
        for (Map.Entry<UUID, Instant> use : batch) {
            values.append(values.isEmpty() ? "" : ", ").append("(CAST(? AS uuid), CAST(? AS timestamptz))");
            params.add(use.getKey());
            params.add(Timestamp.from(use.getValue()));
        }
        jdbc.sql("""
                        UPDATE personal_access_token t SET last_used_at = u.used_at
                        FROM (VALUES %s) AS u (token_id, used_at)
                        WHERE t.token_id = u.token_id AND (t.last_used_at IS NULL OR t.last_used_at < u.used_at)"""
                        .formatted(values))
                .params(params)
                .update();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Token uses could not be written ({}); trying again in {}", e.getMessage(), flushInterval);
        }
    }

    @Override
    public synchronized void start() {
        if (flusher != null) {
            return;
        }
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "token-uses");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, flushInterval.toMillis());
        flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the schedule and writes what is still noted, before the data source closes. The last write is waited
     * for a few seconds at most: a node whose database is already gone does not hang on its way down.
     */
    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = flusher;
            flusher = null;
        }
        if (running == null) {
            flushQuietly();
            return;
        }
        running.execute(this::flushQuietly);
        running.shutdown();
        try {
            if (!running.awaitTermination(5, TimeUnit.SECONDS)) {
                running.shutdownNow();
                LOG.warn("The last token uses were not written in time; their last-used times stay older");
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops after the web server (a higher phase stops first), so the last requests' uses are written too. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return flusher != null;
    }
}
