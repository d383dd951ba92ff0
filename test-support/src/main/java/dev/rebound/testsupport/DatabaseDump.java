package dev.rebound.testsupport;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything a database holds, as text, to search for data that must not be there. With a {@code pg_dump} on the
 * machine at least as new as the server, that is {@code pg_dump}'s plain output; otherwise (pg_dump refuses newer
 * servers) the same data section read through {@code COPY … TO STDOUT} of every table in every schema, plus the large
 * objects. {@code bytea} comes out as hex either way: {@link #contains} looks for text and its hex form.
 */
public record DatabaseDump(String method, String text) {

    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.\\d+)?");

    public static DatabaseDump of(String jdbcUrl, String username, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
            int serverMajor = serverMajor(connection);
            Optional<Path> pgDump = pgDump(serverMajor);
            if (pgDump.isPresent()) {
                return new DatabaseDump(pgDump.get() + " (server " + serverMajor + ")",
                        runPgDump(pgDump.get(), jdbcUrl, username, password));
            }
            return new DatabaseDump("COPY of every table (no pg_dump >= " + serverMajor + " here)", copyAll(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot dump " + jdbcUrl, e);
        }
    }

    /** Whether the dump holds the text, as text or as the hex of its UTF-8 bytes (how bytea is dumped). */
    public boolean contains(String value) {
        String hex = HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
        return text.contains(value) || text.toLowerCase(Locale.ROOT).contains(hex);
    }

    /** The lines that hold the text (as text or hex), for a failure message. */
    public List<String> linesWith(String value) {
        String hex = HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
        return text.lines().filter(line -> line.contains(value) || line.toLowerCase(Locale.ROOT).contains(hex))
                .map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line).toList();
    }

    private static int serverMajor(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_version_num")) {
            row.next();
            return Integer.parseInt(row.getString(1)) / 10_000;
        }
    }

    private static Optional<Path> pgDump(int serverMajor) {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(directory, "pg_dump"));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin/pg_dump")).forEach(candidates::add);
            } catch (IOException ignored) {
                // no Debian layout to look in
            }
        }
        return candidates.stream().filter(Files::isExecutable)
                .filter(candidate -> major(candidate).filter(major -> major >= serverMajor).isPresent())
                .findFirst();
    }

    private static Optional<Integer> major(Path pgDump) {
        try {
            Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            Matcher version = VERSION.matcher(output.replaceFirst("^[^0-9]*", ""));
            return version.lookingAt() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String runPgDump(Path pgDump, String jdbcUrl, String username, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        try {
            Path out = Files.createTempFile("rebound-dump", ".sql");
            ProcessBuilder builder = new ProcessBuilder(pgDump.toString(), "--host", uri.getHost(),
                    "--port", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "--username", username,
                    "--no-password", "--file", out.toString(), database).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", password == null ? "" : password);
            Process process = builder.start();
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(pgDump + " failed: " + messages);
            }
            String dump = Files.readString(out);
            Files.delete(out);
            return dump;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + pgDump, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dumping", e);
        }
    }

    private static String copyAll(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
                     WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringWriter dump = new StringWriter();
        try {
            for (String table : tables) {
                dump.append("COPY ").append(table).append(" FROM stdin;\n");
                copy.copyOut("COPY " + table + " TO STDOUT", dump);
                dump.append("\\.\n");
            }
            dump.append("-- large objects\n");
            copy.copyOut("COPY (SELECT loid, pageno, data FROM pg_largeobject) TO STDOUT", dump);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot copy out", e);
        }
        return dump.toString();
    }
}
