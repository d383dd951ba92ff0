package dev.rebound.infra.postgres;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One PostgreSQL {@code LISTEN} connection per node that tells this node's caches at once what another node changed:
 * a writing transaction sends {@code NOTIFY <channel>, '<payload>'} (PostgreSQL delivers it when, and only if, that
 * transaction commits), and the listener hands the payload to the {@link Subscriber} of that channel. Erasures
 * ({@code ErasureNotices}) and token revocations ({@code VerifiedTokens}) use it.
 *
 * <p>A notice sent while the listener is not connected is lost, so whenever it (re)connects it tells every subscriber
 * that notices may have been missed ({@link Subscriber#missed}) after it listens again; when the connection fails it
 * does so too, and tries again after a pause. Each cache's time to live stays the last resort.
 */
public final class DatabaseNotices implements SmartLifecycle {

    /** A cache that forgets what a notice on its channel names. */
    public interface Subscriber {

        /** The channel this subscriber listens on (a plain identifier). */
        String channel();

        /** A notice arrived: another transaction (on any node) committed a change named by the payload. */
        void received(String payload);

        /** Notices may have been lost: forget everything that a notice could have invalidated. */
        void missed();
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseNotices.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final Map<String, Subscriber> subscribers;
    private final Duration reconnectPause;
    private volatile Thread listener;
    private volatile CountDownLatch listening = new CountDownLatch(1);

    public DatabaseNotices(DataSource dataSource, List<? extends Subscriber> subscribers, Duration reconnectPause) {
        this.dataSource = dataSource;
        this.subscribers = subscribers.stream().collect(Collectors.toUnmodifiableMap(Subscriber::channel,
                Function.identity()));
        this.subscribers.keySet().forEach(channel -> {
            if (!channel.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a plain channel name: " + channel);
            }
        });
        this.reconnectPause = reconnectPause;
    }

    @Override
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        Thread thread = new Thread(this::listen, "database-notices");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    /** Waits until the listener listens (for tests and start-up checks); false when it did not in time. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    for (String channel : subscribers.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                missedAll(); // notices sent while this node was not listening are lost
                listening.countDown();
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notice : received) {
                            deliver(notice);
                        }
                    }
                }
            } catch (SQLException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                listening = new CountDownLatch(1);
                missedAll();
                LOG.warn("Database notices are not received ({}); every subscriber forgets what it cached, "
                        + "listening again in {}", e.getMessage(), reconnectPause);
                try {
                    Thread.sleep(reconnectPause);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void deliver(PGNotification notice) {
        Subscriber subscriber = subscribers.get(notice.getName());
        if (subscriber == null) {
            return;
        }
        try {
            subscriber.received(notice.getParameter());
        } catch (RuntimeException e) {
            LOG.warn("A notice on {} could not be handled ('{}'); its subscriber forgets everything",
                    notice.getName(), notice.getParameter(), e);
            subscriber.missed();
        }
    }

    private void missedAll() {
        subscribers.values().forEach(Subscriber::missed);
    }
}
