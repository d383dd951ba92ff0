package dev.rebound.infra.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server whose data lives under the Rebound data directory and survives restarts. The binaries
 * come from Maven artifacts, so nothing has to be installed.
 *
 * <p>The server runs as a child process that outlives a crashed JVM. A later start finds that orphan through the
 * data directory's {@code postmaster.pid}, shuts it down cleanly and takes over; a second Rebound on the same data
 * directory is refused.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final FileLock ownership;
    private final RandomAccessFile lockFile;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileLock ownership, RandomAccessFile lockFile) {
        this.postgres = postgres;
        this.ownership = ownership;
        this.lockFile = lockFile;
    }

    /**
     * Starts (and on first use initializes) the server on {@code dataDir/postgres}.
     *
     * @param durable with fsync and synchronous commit, so an acknowledged command survives a crash
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable) {
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
        RandomAccessFile lockFile = null;
        try {
            Files.createDirectories(pgData);
            lockFile = new RandomAccessFile(dataDir.toAbsolutePath().resolve("rebound.lock").toFile(), "rw");
            FileLock ownership = tryLock(lockFile);
            if (ownership == null) {
                throw new IllegalStateException("Another Rebound process is using the data directory "
                        + dataDir.toAbsolutePath() + "; stop it, or give this one its own REBOUND_DATA_DIR.");
            }
            stopOrphan(pgData);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL on port {} with data in {} started in {} ms", postgres.getPort(), pgData,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return new EmbeddedPostgresServer(postgres, ownership, lockFile);
        } catch (IOException e) {
            closeQuietly(lockFile);
            throw new UncheckedIOException("The embedded PostgreSQL could not start in " + pgData + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockFile);
            throw e;
        }
    }

    /** Null when another process, or another server in this JVM, holds the data directory. */
    private static FileLock tryLock(RandomAccessFile lockFile) throws IOException {
        try {
            return lockFile.getChannel().tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            ownership.release();
            lockFile.close();
        }
    }

    /** A postmaster left behind by a JVM that died without closing it still holds the data directory. */
    private static void stopOrphan(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.getFirst()).flatMap(ProcessHandle::of).filter(EmbeddedPostgresServer::isPostgres);
        if (orphan.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself recovers from it
        }
        ProcessHandle process = orphan.get();
        LOG.warn("Found a PostgreSQL (pid {}) left running on {} by an earlier Rebound; shutting it down",
                process.pid(), pgData);
        process.destroy(); // SIGTERM: a smart shutdown that completes committed work
        try {
            process.onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL (pid " + process.pid() + ") still holds " + pgData
                    + " after " + ORPHAN_SHUTDOWN.toSeconds() + " s; stop it by hand and start Rebound again.", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static void closeQuietly(RandomAccessFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.debug("Could not close {}", file, e);
            }
        }
    }
}
