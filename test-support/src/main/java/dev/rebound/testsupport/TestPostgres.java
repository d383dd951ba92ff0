package dev.rebound.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One real PostgreSQL server per test JVM, and a fresh database on it for every Spring test context (see
 * {@link PostgresDatabase}) or test that asks.
 *
 * <p>Which server, in this order:
 * <ol>
 *   <li>{@code REBOUND_TEST_DATABASE_URL} (environment, or system property {@code rebound.test.database-url}):
 *       a JDBC URL of an existing server's maintenance database, e.g.
 *       {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}; databases are created on it and dropped
 *       when the JVM ends;</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>an embedded PostgreSQL (real binaries shipped as Maven artifacts), started in a temporary folder.</li>
 * </ol>
 * {@code REBOUND_TEST_DATABASE=url|testcontainers|embedded} forces one of them. When none can be had the test fails
 * with a message that says what to do; it is never skipped.
 */
public final class TestPostgres {

    private static final Logger LOG = Logger.getLogger(TestPostgres.class.getName());
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static PostgresServer server;

    private TestPostgres() {
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer server() {
        if (server == null) {
            server = start();
            LOG.info(() -> "Tests use PostgreSQL from " + server.description());
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreatedDatabases, "drop-test-databases"));
        }
        return server;
    }

    /** Creates an empty database whose name starts with the given hint. */
    public static TestDatabase freshDatabase(String hint) {
        return create(hint, null);
    }

    /**
     * Creates a database whose name starts with the given hint as a copy of a template database (see
     * {@link #templateDatabase}): as quick as an empty one, however many migrations the template went through.
     */
    public static TestDatabase freshDatabase(String hint, TestDatabase template) {
        return create(hint, template.name());
    }

    /**
     * A database prepared (e.g. migrated) once by {@code preparation}, then closed to connections so that
     * {@link #freshDatabase(String, TestDatabase)} can copy it; the caller keeps it for the JVM's lifetime.
     */
    public static TestDatabase templateDatabase(String hint, Consumer<TestDatabase> preparation) {
        TestDatabase template = create(hint, null);
        preparation.accept(template);
        PostgresServer postgres = server();
        execute(postgres, "ALTER DATABASE " + template.name() + " WITH ALLOW_CONNECTIONS false");
        // a connection the preparation closed may still be on its way out; CREATE DATABASE ... TEMPLATE needs none
        execute(postgres, "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE datname = '"
                + template.name() + "'");
        return template;
    }

    private static TestDatabase create(String hint, String template) {
        PostgresServer postgres = server();
        String name = ("rb_" + hint.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 63) {
            name = name.substring(name.length() - 63).replaceFirst("^[^a-z]+", "rb_");
        }
        execute(postgres, "CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        CREATED.add(name);
        return new TestDatabase(name, postgres.jdbcUrl(name), postgres.username(), postgres.password());
    }

    private static PostgresServer start() {
        String forced = setting("REBOUND_TEST_DATABASE", "rebound.test.database");
        String url = setting("REBOUND_TEST_DATABASE_URL", "rebound.test.database-url");
        Map<String, Function<String, PostgresServer>> starters = Map.of(
                "url", ignored -> external(url),
                "testcontainers", ignored -> testcontainers(),
                "embedded", ignored -> embedded());
        if (forced != null) {
            Function<String, PostgresServer> starter = starters.get(forced.toLowerCase(Locale.ROOT));
            if (starter == null) {
                throw new IllegalStateException("REBOUND_TEST_DATABASE=" + forced
                        + " is not one of url, testcontainers, embedded.");
            }
            return starter.apply(forced);
        }
        if (url != null) {
            return external(url);
        }
        if (dockerAvailable()) {
            return testcontainers();
        }
        return embedded();
    }

    private static PostgresServer external(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("REBOUND_TEST_DATABASE=url needs REBOUND_TEST_DATABASE_URL, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        }
        String username = firstNonNull(setting("REBOUND_TEST_DATABASE_USERNAME", "rebound.test.database-username"),
                queryParameter(url, "user"), "postgres");
        String password = firstNonNull(setting("REBOUND_TEST_DATABASE_PASSWORD", "rebound.test.database-password"),
                queryParameter(url, "password"), "");
        String base = url.replaceFirst("\\?.*$", "");
        String serverUrl = base.substring(0, base.lastIndexOf('/') + 1);
        PostgresServer external = serverAt(serverUrl, username, password,
                "REBOUND_TEST_DATABASE_URL (" + serverUrl + ")");
        try (Connection ignored = DriverManager.getConnection(url, username, password)) {
            return external;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the PostgreSQL server named by "
                    + "REBOUND_TEST_DATABASE_URL (" + url + "): " + e.getMessage()
                    + ". Start that server, or unset REBOUND_TEST_DATABASE_URL to use an embedded PostgreSQL.", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static PostgresServer testcontainers() {
        try {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
                    .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
            container.start();
            return serverAt("jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/",
                    container.getUsername(), container.getPassword(),
                    "Testcontainers (" + container.getDockerImageName() + ")");
        } catch (RuntimeException e) {
            throw new IllegalStateException("Docker answers but the PostgreSQL container did not start: "
                    + e.getMessage() + ". Set REBOUND_TEST_DATABASE=embedded to use an embedded PostgreSQL.", e);
        }
    }

    private static PostgresServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
            return serverAt("jdbc:postgresql://localhost:" + postgres.getPort() + "/", "postgres", "",
                    "an embedded PostgreSQL on port " + postgres.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start: " + e.getMessage()
                    + ". Point REBOUND_TEST_DATABASE_URL at a PostgreSQL server instead, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", e);
        }
    }

    /** A server whose databases are at {@code serverUrl + databaseName}. */
    private static PostgresServer serverAt(String serverUrl, String username, String password, String description) {
        return new PostgresServer() {
            @Override
            public String jdbcUrl(String database) {
                return serverUrl + database;
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    private static void execute(PostgresServer postgres, String sql) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
                postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + postgres.description() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void dropCreatedDatabases() {
        for (String name : CREATED) {
            try {
                execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException e) {
                LOG.fine(() -> "Could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    private static String setting(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String queryParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return pair.substring(equals + 1);
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
