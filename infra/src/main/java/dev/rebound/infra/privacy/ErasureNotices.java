package dev.rebound.infra.privacy;

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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells this node's key cache at once when a subject is erased on any node: the erasing transaction sends
 * {@code NOTIFY rebound_personal_data_erased, '<subject id>'} (PostgreSQL delivers it when, and only if, that
 * transaction commits), and this listener, on a connection of its own, makes the cache forget the subject's key.
 *
 * <p>A notice sent while the listener is not connected is lost, so whenever it (re)connects it forgets every cached
 * key after it listens again; when the connection fails it forgets them too, and tries again after a pause. The
 * cache's time to live ({@code rebound.personal-data.key-cache-ttl}) stays the last resort. New personal data never
 * depends on this: {@link JdbcPersonalDataKeys#keyForWriting} checks the key row in the writing transaction.
 */
public final class ErasureNotices implements SmartLifecycle {

    /** The channel erasures are announced on; the payload is the subject id. */
    public static final String CHANNEL = "rebound_personal_data_erased";

    private static final Logger LOG = LoggerFactory.getLogger(ErasureNotices.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final JdbcPersonalDataKeys keys;
    private final Duration reconnectPause;
    private volatile Thread listener;
    private volatile CountDownLatch listening = new CountDownLatch(1);

    public ErasureNotices(DataSource dataSource, JdbcPersonalDataKeys keys, Duration reconnectPause) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.reconnectPause = reconnectPause;
    }

    @Override
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        Thread thread = new Thread(this::listen, "personal-data-erasure-notices");
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
                    statement.execute("LISTEN " + CHANNEL);
                }
                keys.forgetAll(); // notices sent while this node was not listening are lost
                listening.countDown();
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notice : received) {
                            forget(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                listening = new CountDownLatch(1);
                keys.forgetAll();
                LOG.warn("Erasure notices are not received ({}); every cached key is forgotten, listening again in {}",
                        e.getMessage(), reconnectPause);
                try {
                    Thread.sleep(reconnectPause);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void forget(String subject) {
        try {
            keys.forget(UUID.fromString(subject));
        } catch (IllegalArgumentException notAnId) {
            LOG.warn("An erasure notice named no subject: '{}'; every cached key is forgotten", subject);
            keys.forgetAll();
        }
    }
}
