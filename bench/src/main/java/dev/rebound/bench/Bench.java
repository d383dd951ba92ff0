package dev.rebound.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark of issue 13: starts the built application (profile {@code postgres}) against a database created for
 * the run, drives it over the public HTTP API like real callers (each client cycles through its own candidates, each
 * candidate with its own token, so the default per-caller rate limit stays on and never throttles the run), and
 * writes {@code bench/results/latest.json} and {@code latest.md}. Run it with {@code bench/run.sh}.
 */
public final class Bench {

    private static final String PLATFORM = "bench-platform-admin-" + UUID.randomUUID();
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final Config config;
    private final Path root;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    private String adminJdbcUrl;
    private String jdbcUrl;
    private String pgHost = "127.0.0.1";
    private int pgPort;
    private String database;
    private boolean embedded;
    private Process app;
    private Api api;
    private String organizationId;
    private final List<String> orgAdmins = new ArrayList<>();
    private final List<Candidate> loadCandidates = new ArrayList<>();
    private final List<Candidate> probeCandidates = new ArrayList<>();
    private Candidate timelineCandidate;

    private Bench(Config config, Path root) {
        this.config = config;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.parse(args);
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        new Bench(config, root).run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        results.put("run", runInfo());
        try {
            prepareDatabase();
            startApp();
            setUp();
            pgbench();
            commands();
            projectionLag();
            timelineQuery();
            replay();
            results.put("no_wall_ratio", null);
            notes.put("no_wall_ratio", config.quick()
                    ? "full run only (needs >= 2M stored events)" : "not yet: the 2M-event store is not built by the harness yet");
            results.put("vanilla_axon", null);
            notes.put("vanilla_axon", "not yet: the minimal Axon aggregate + projection on the same database is still to be written");
        } finally {
            stopApp();
            dropDatabase();
            runSection().put("load_average_at_end", loadAverage());
            runSection().put("wall_seconds", (System.nanoTime() - started) / 1_000_000_000L);
            results.put("notes", notes);
            write();
        }
    }

    // ---------------------------------------------------------------------------------------------------- set-up

    private Map<String, Object> runInfo() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("mode", config.quick() ? "quick" : "full");
        run.put("started_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        run.put("cores", Runtime.getRuntime().availableProcessors());
        run.put("java", System.getProperty("java.version"));
        run.put("clients", config.clients());
        run.put("candidates_per_client", config.candidatesPerClient());
        run.put("config", config.toString());
        run.put("load_average_at_start", loadAverage());
        return run;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> runSection() {
        return (Map<String, Object>) results.get("run");
    }

    /** The machine's 1-minute load average: the harness shares its cores with whatever else runs. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return null;
        }
    }

    private void prepareDatabase() throws Exception {
        database = "rebound_bench_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        String machine = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&connectTimeout=3";
        Path dataDir = root.resolve("bench/target/run-data");
        if (Files.isDirectory(dataDir)) { // the embedded PostgreSQL's data of an earlier run
            try (var old = Files.walk(dataDir)) {
                old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dataDir))
                        .forEach(p -> p.toFile().delete());
            }
        }
        try (Connection c = DriverManager.getConnection(machine); Statement s = c.createStatement()) {
            if (config.postgres().equals("embedded")) {
                throw new SQLException("--postgres=embedded");
            }
            s.execute("CREATE DATABASE " + database);
            pgPort = 5432;
            adminJdbcUrl = machine;
            jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database + "?user=postgres";
            runSection().put("postgres", "machine server 127.0.0.1:5432, database " + database
                    + ", " + version(c));
            log("database " + database + " on the machine's PostgreSQL");
        } catch (SQLException noServer) {
            embedded = true;
            pgPort = freePort();
            database = "postgres";
            jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres?user=postgres";
            runSection().put("postgres", "embedded (" + (config.postgres().equals("embedded")
                    ? "--postgres=embedded" : "none answered on 5432") + "), port " + pgPort);
            log("no PostgreSQL on 5432 (" + noServer.getMessage() + "): the app starts its embedded one on " + pgPort);
        }
    }

    private static String version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return "PostgreSQL " + r.getString(1);
        }
    }

    private void dropDatabase() {
        if (embedded || adminJdbcUrl == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminJdbcUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            log("could not drop " + database + ": " + e.getMessage());
        }
    }

    private void startApp() throws Exception {
        startApp(List.of());
    }

    /**
     * Starts the jar; with arguments, through Spring Boot's PropertiesLauncher with {@code bench/target/classes} on
     * the loader path, so that the in-process seeder ({@code dev.rebound.bench.seed}) can be switched on by them.
     */
    private void startApp(List<String> seedArguments) throws Exception {
        Path jar = root.resolve("web/target/rebound.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (bench/run.sh does)");
        }
        int port = freePort();
        Path dataDir = root.resolve("bench/target/run-data");
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (config.jfr()) {
            command.add("-XX:StartFlightRecording=filename=" + root.resolve("bench/target/app.jfr") + ",settings=profile");
        }
        if (seedArguments.isEmpty()) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-Dloader.path=" + root.resolve("bench/target/classes"),
                    "-Dloader.main=dev.rebound.web.ReboundApplication", "-cp", jar.toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
            command.addAll(seedArguments);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("bench/target/app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("REBOUND_BOOTSTRAP_TOKEN", PLATFORM);
        env.put("REBOUND_DATA_DIR", dataDir.toString());
        if (embedded) {
            env.put("REBOUND_EMBEDDED_POSTGRES_PORT", String.valueOf(pgPort));
        } else {
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
            env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        }
        log("starting " + jar + " on port " + port + " (log: bench/target/app.log)");
        long t0 = System.nanoTime();
        app = builder.start();
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopApp));
            hooked = true;
        }
        api = new Api("http://127.0.0.1:" + port);
        while (api.probe("/actuator/health/readiness") != 200) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited with " + app.exitValue() + ", see bench/target/app.log");
            }
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(4)) {
                throw new IllegalStateException("the application did not get ready within 4 minutes");
            }
            Thread.sleep(250);
        }
        results.put("app_start_seconds", Latencies.round2((System.nanoTime() - t0) / 1e9));
        log("ready after " + results.get("app_start_seconds") + " s, pid " + app.pid());
    }

    private boolean hooked;

    private void stopApp() {
        Process process = app;
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One organization; org admins (each its own rate-limit bucket) add the candidates, each with its own token. */
    private void setUp() throws Exception {
        long t0 = System.nanoTime();
        Api.Answer org = expect(api.post(PLATFORM, "/api/v1/organizations", Map.of("name", "Bench " + database)));
        organizationId = org.body().get("organizationId").asText();
        int candidates = config.clients() * config.candidatesPerClient() + probeCount() + 1;
        int admins = (candidates + 249) / 250 + (config.timelineEntries() + 249) / 250;
        for (int i = 0; i < admins; i++) {
            orgAdmins.add(addMember(PLATFORM, "ORG_ADMIN", "admin" + i).token());
        }
        List<Candidate> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Candidate>> futures = new ArrayList<>();
            for (int i = 0; i < candidates; i++) {
                String admin = orgAdmins.get(i % orgAdmins.size());
                int n = i;
                futures.add(pool.submit(() -> addMember(admin, "CANDIDATE", "candidate" + n)));
            }
            for (Future<Candidate> f : futures) {
                all.add(f.get());
            }
        }
        loadCandidates.addAll(all.subList(0, config.clients() * config.candidatesPerClient()));
        probeCandidates.addAll(all.subList(loadCandidates.size(), loadCandidates.size() + probeCount()));
        timelineCandidate = all.getLast();
        results.put("setup_seconds", Latencies.round2((System.nanoTime() - t0) / 1e9));
        log("organization with " + admins + " org admins and " + candidates + " candidates in "
                + results.get("setup_seconds") + " s");
    }

    private int probeCount() {
        return Math.max(24, config.lagSamples() / 4);
    }

    private Candidate addMember(String token, String role, String name) {
        Api.Answer a = expect(api.post(token, "/api/v1/organizations/" + organizationId + "/members",
                Map.of("displayName", "Bench " + name, "email", name + "." + UUID.randomUUID() + "@bench.example",
                        "role", role)));
        JsonNode candidateId = a.body().get("candidateId");
        return new Candidate(candidateId == null || candidateId.isNull() ? null : candidateId.asText(),
                a.body().get("token").asText());
    }

    // ---------------------------------------------------------------------------------------------------- pgbench

    /** The physical baseline: one-row-insert transactions per second at the same client count, same database. */
    private void pgbench() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_scratch (id bigserial PRIMARY KEY, v int NOT NULL, at timestamptz NOT NULL DEFAULT now())");
        }
        String pgbench = findPgbench();
        Double tps = null;
        if (pgbench != null) {
            Path script = Files.writeString(root.resolve("bench/target/insert.sql"), "INSERT INTO bench_scratch (v) VALUES (1);\n");
            Process p = new ProcessBuilder(pgbench, "-n", "-h", pgHost, "-p", String.valueOf(pgPort), "-U", "postgres",
                    "-c", String.valueOf(config.clients()), "-j", String.valueOf(Math.min(config.clients(),
                    Runtime.getRuntime().availableProcessors())), "-T", String.valueOf(config.pgbenchSeconds()),
                    "-f", script.toString(), database).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher m = TPS.matcher(out);
            if (p.exitValue() == 0 && m.find()) {
                tps = Double.parseDouble(m.group(1));
                results.put("baseline_tool", "pgbench (" + pgbench + "), one INSERT per transaction, "
                        + config.clients() + " clients, " + config.pgbenchSeconds() + " s");
            } else {
                log("pgbench failed, falling back to JDBC: " + out);
            }
        }
        if (tps == null) {
            tps = jdbcInserts();
            results.put("baseline_tool", "jdbc loop (pgbench not found), one INSERT per transaction, autocommit, "
                    + config.clients() + " threads, " + config.pgbenchSeconds() + " s");
        }
        results.put("pgbench_tps", Latencies.round2(tps));
        log("baseline " + tps + " tps (" + results.get("baseline_tool") + ")");
    }

    private static String findPgbench() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pgbench"))) {
                return Path.of(dir, "pgbench").toString();
            }
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (var versions = Files.list(lib)) {
                return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable)
                        .map(Path::toString).sorted().reduce((a, b) -> b).orElse(null);
            }
        }
        return null;
    }

    private double jdbcInserts() throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.pgbenchSeconds());
        try (ExecutorService pool = Executors.newFixedThreadPool(config.clients())) {
            for (int i = 0; i < config.clients(); i++) {
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(jdbcUrl);
                         var insert = c.prepareStatement("INSERT INTO bench_scratch (v) VALUES (1)")) {
                        while (System.nanoTime() < end) {
                            insert.executeUpdate();
                            done.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return done.get() / (double) config.pgbenchSeconds();
    }

    // ---------------------------------------------------------------------------------------------------- commands

    /** The command mix at full speed: warm-up, then the measured phase with pg_stat_database deltas and the RSS. */
    private void commands() throws Exception {
        log("commands: warm-up " + config.warmupSeconds() + " s");
        Load warmup = new Load(0);
        warmup.runFor(config.warmupSeconds());
        log("warm-up: " + warmup.acknowledged.get() + " commands, errors " + warmup.errors);
        long[] before = dbStats();
        Load measured = new Load(0);
        AtomicLong rss = new AtomicLong();
        Thread sampler = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(config.measureSeconds()) / 2);
                rss.set(rssKb());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long seconds = measured.runFor(config.measureSeconds());
        sampler.join();
        Thread.sleep(1500); // the statistics collector publishes a backend's counters within a second
        long[] after = dbStats();
        long n = measured.acknowledged.get();
        double perSecond = n / (seconds / 1e9);
        results.put("commands_per_s", Latencies.round2(perSecond));
        results.put("command_latency_ms", measured.latencies.percentiles("p50", "p95", "p99"));
        results.put("command_ratio", Math.round(perSecond / (Double) results.get("pgbench_tps") * 10000) / 10000.0);
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("transactions", Latencies.round2((after[0] - before[0]) / (double) n));
        db.put("rows_written", Latencies.round2((after[1] - before[1]) / (double) n));
        db.put("tuples_read", Latencies.round2((after[2] - before[2]) / (double) n));
        results.put("db_per_command", db);
        results.put("app_rss_mb", rss.get() > 0 ? rss.get() / 1024 : null);
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("acknowledged", n);
        phase.put("errors_by_status", new LinkedHashMap<>(measured.errors));
        phase.put("by_command", measured.perCommand());
        results.put("command_phase", phase);
        notes.put("db_per_command", "pg_stat_database deltas of the run's database over the measured phase (incl. the "
                + "projections' work for those commands), divided by the commands acknowledged");
        log("commands: " + perSecond + "/s, " + results.get("command_latency_ms") + ", db " + db + ", errors "
                + measured.errors);
        peakRate = perSecond;
    }

    private double peakRate;

    private long[] dbStats() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet r = s.executeQuery("SELECT xact_commit + xact_rollback, tup_inserted + tup_updated + tup_deleted,"
                    + " tup_fetched FROM pg_stat_database WHERE datname = current_database()")) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        }
    }

    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            log("no RSS: " + e.getMessage());
        }
        return 0;
    }

    /**
     * {@code clients} threads, each cycling through its own candidates; each candidate walks the feedback cycle one
     * command at a time. A positive rate paces the clients to that many commands per second in total.
     */
    private final class Load {
        final Latencies latencies = new Latencies();
        final AtomicLong acknowledged = new AtomicLong();
        final Map<Integer, Integer> errors = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> commands = new ConcurrentHashMap<>();
        final double rate;

        Load(double rate) {
            this.rate = rate;
        }

        /** Runs until the time is up or stop is set; returns the nanoseconds it ran. */
        long runFor(int seconds) throws Exception {
            AtomicBoolean stop = new AtomicBoolean();
            return runUntil(() -> false, seconds, stop);
        }

        long runUntil(java.util.function.BooleanSupplier done, int maxSeconds, AtomicBoolean stop) throws Exception {
            long t0 = System.nanoTime();
            long end = t0 + TimeUnit.SECONDS.toNanos(maxSeconds);
            long interval = rate > 0 ? (long) (1e9 * config.clients() / rate) : 0;
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < config.clients(); c++) {
                    List<Candidate> mine = loadCandidates.subList(c * config.candidatesPerClient(),
                            (c + 1) * config.candidatesPerClient());
                    long offset = interval * c / config.clients();
                    pool.submit(() -> {
                        long next = t0 + offset;
                        int i = 0;
                        while (System.nanoTime() < end && !stop.get() && !done.getAsBoolean()) {
                            if (interval > 0) {
                                long wait = next - System.nanoTime();
                                if (wait > 0) {
                                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                }
                                next += interval;
                            }
                            step(mine.get(i++ % mine.size()));
                        }
                        return null;
                    });
                }
            }
            return System.nanoTime() - t0;
        }

        void step(Candidate candidate) {
            Candidate.Step step = candidate.next();
            long t = System.nanoTime();
            Api.Answer a = api.post(step.token(), step.path(), step.body());
            long took = System.nanoTime() - t;
            if (a.ok()) {
                latencies.recordNanos(took);
                acknowledged.incrementAndGet();
                commands.computeIfAbsent(step.name(), k -> new AtomicInteger()).incrementAndGet();
                candidate.acknowledged(step, a.body());
            } else {
                errors.merge(a.status(), 1, Integer::sum);
                candidate.failed();
            }
        }

        Map<String, Integer> perCommand() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            commands.forEach((k, v) -> counts.put(k, v.get()));
            return counts;
        }
    }

    // ---------------------------------------------------------------------------------------------------- lag

    /**
     * At half the peak rate, sampled commands (a practice session on a probe candidate no one else writes to): from
     * the 202 to the timeline's total having grown, polled with a 2 ms pause, at most 10 s.
     */
    private void projectionLag() throws Exception {
        double rate = Math.max(1, peakRate / 2);
        log("projection lag: " + config.lagSamples() + " samples under a background load of " + Math.round(rate) + "/s");
        Load background = new Load(rate);
        AtomicBoolean stop = new AtomicBoolean();
        Latencies lag = new Latencies();
        AtomicInteger timeouts = new AtomicInteger();
        Thread load = Thread.ofVirtual().start(() -> {
            try {
                background.runUntil(() -> false, 3600, stop);
            } catch (Exception e) {
                log("background load failed: " + e);
            }
        });
        try {
            Thread.sleep(3000);
            for (int i = 0; i < config.lagSamples(); i++) {
                Candidate probe = probeCandidates.get(i % probeCandidates.size());
                String timeline = "/api/v1/candidates/" + probe.candidateId() + "/timeline?page=0&size=1";
                Api.Answer first = api.get(probe.token(), timeline);
                if (!first.ok()) {
                    timeouts.incrementAndGet();
                    continue;
                }
                long total = first.body().get("total").asLong();
                Api.Answer sent = api.post(probe.token(), "/api/v1/candidates/" + probe.candidateId() + "/practice-sessions",
                        Candidate.practice());
                long acked = System.nanoTime();
                if (!sent.ok()) {
                    timeouts.incrementAndGet();
                    continue;
                }
                boolean seen = false;
                while (System.nanoTime() - acked < TimeUnit.SECONDS.toNanos(10)) {
                    Api.Answer poll = api.get(probe.token(), timeline);
                    if (poll.ok() && poll.body().get("total").asLong() > total) {
                        lag.recordNanos(System.nanoTime() - acked);
                        seen = true;
                        break;
                    }
                    if (poll.status() == 429) {
                        Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(1, poll.retryAfterSeconds())));
                    } else {
                        Thread.sleep(2);
                    }
                }
                if (!seen) {
                    timeouts.incrementAndGet();
                }
            }
        } finally {
            stop.set(true);
            load.join();
        }
        results.put("projection_lag_ms", lag.percentiles("p50", "p99"));
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("samples", lag.count());
        phase.put("missed", timeouts.get());
        phase.put("background_rate_target_per_s", Math.round(rate));
        phase.put("background_acknowledged", background.acknowledged.get());
        phase.put("background_errors_by_status", new LinkedHashMap<>(background.errors));
        results.put("lag_phase", phase);
        log("projection lag " + results.get("projection_lag_ms") + ", " + phase);
    }

    // ---------------------------------------------------------------------------------------------------- timeline

    /**
     * One candidate's timeline grown to {@code timelineEntries} (applications tracked for them by the org admins,
     * each admin its own rate-limit bucket), then its first page read by {@code timelineReaders} concurrent readers
     * as the candidate (not audited; the candidate's own bucket bounds the number of reads).
     */
    private void timelineQuery() throws Exception {
        int entries = config.timelineEntries();
        log("timeline: growing one candidate's timeline to " + entries + " entries");
        List<String> writers = orgAdmins.subList(orgAdmins.size() - (entries + 249) / 250, orgAdmins.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String path = "/api/v1/candidates/" + timelineCandidate.candidateId() + "/applications";
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int w = 0; w < 8; w++) {
                pool.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < entries) {
                        Api.Answer a = api.post(writers.get(n % writers.size()), path, Candidate.track(n));
                        if (!a.ok()) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        String first = "/api/v1/candidates/" + timelineCandidate.candidateId() + "/timeline?page=0&size=50";
        long t0 = System.nanoTime();
        long total = 0;
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(120)) {
            Api.Answer a = api.get(timelineCandidate.token(), first);
            total = a.ok() ? a.body().get("total").asLong() : total;
            if (total >= entries - failed.get()) {
                break;
            }
            Thread.sleep(1000);
        }
        for (int i = 0; i < 10; i++) {
            api.get(timelineCandidate.token(), first); // warm the query path
        }
        Latencies reads = new Latencies();
        AtomicInteger budget = new AtomicInteger(config.timelineReads());
        AtomicInteger readErrors = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int r = 0; r < config.timelineReaders(); r++) {
                pool.submit(() -> {
                    while (budget.getAndDecrement() > 0) {
                        long t = System.nanoTime();
                        Api.Answer a = api.get(timelineCandidate.token(), first);
                        if (a.ok()) {
                            reads.recordNanos(System.nanoTime() - t);
                        } else {
                            readErrors.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        results.put("timeline_query_ms", reads.percentiles("p50", "p99"));
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("entries", total);
        phase.put("readers", config.timelineReaders());
        phase.put("reads", reads.count());
        phase.put("read_errors", readErrors.get());
        phase.put("write_errors", failed.get());
        results.put("timeline_phase", phase);
        if (entries < 10000) {
            notes.put("timeline_query_ms", "quick run: a timeline of " + total + " entries (the full run uses 10k)");
        }
        log("timeline query " + results.get("timeline_query_ms") + ", " + phase);
    }

    // ---------------------------------------------------------------------------------------------------- replay

    /**
     * Tops the event store up to {@code replayEvents} with the command mix at full speed (bounded by
     * {@code seedSeconds}), then rebuilds every read model at once through the admin API and divides the stored
     * events by the wall time until all are done.
     */
    private void replay() throws Exception {
        long stored = storedEvents();
        String seeding = "none: the run's own commands";
        if (stored < config.replayEvents()) {
            seeding = seedInProcess(stored);
            stored = storedEvents();
        }
        JsonNode list = expect(api.get(PLATFORM, "/api/v1/admin/projections")).body().get("items");
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.get("name").asText()));
        log("replay: " + stored + " events, read models " + names);
        long t0 = System.nanoTime();
        for (String name : names) {
            expect(api.post(PLATFORM, "/api/v1/admin/projections/" + name + "/replay", Map.of()));
        }
        String failed = null;
        double slowest = 0;
        boolean finished = false;
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(config.replaySeconds())) {
            Thread.sleep(250); // the platform admin's bucket refills 5 calls a second
            Api.Answer a = api.get(PLATFORM, "/api/v1/admin/projections");
            if (!a.ok()) {
                continue;
            }
            boolean running = false;
            slowest = 1;
            for (JsonNode item : a.body().get("items")) {
                String state = item.path("state").asText();
                if (state.equals("REPLAYING") || state.equals("STARTING")) {
                    running = true;
                    slowest = Math.min(slowest, item.path("progress").asDouble());
                }
                if (state.equals("FAILED")) {
                    failed = item.get("name").asText() + ": " + item.path("error").asText();
                }
            }
            if (!running) {
                finished = true;
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double replayed = finished ? stored : stored * slowest;
        if (!finished) {
            notes.put("replay_events_per_s", "extrapolated: the replay was not done after " + config.replaySeconds()
                    + " s; the slowest read model had replayed " + Math.round(slowest * 100) + " % of " + stored
                    + " events");
        }
        results.put("replay_events_per_s", Latencies.round2(replayed / seconds));
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("stored_events", stored);
        phase.put("seeding", seeding);
        phase.put("read_models", names);
        phase.put("wall_seconds", Latencies.round2(seconds));
        phase.put("finished", finished);
        phase.put("failed", failed);
        results.put("replay_phase", phase);
        if (stored < config.replayEvents()) {
            notes.merge("replay_events_per_s", "measured from " + stored + " stored events, fewer than the "
                    + config.replayEvents() + " asked for (seeding: " + seeding + ")", (a, b) -> a + "; " + b);
        }
        log("replay " + results.get("replay_events_per_s") + " events/s, " + phase);
    }

    /**
     * Restarts the application with the in-process seeder, which creates organizations and records the demo data in
     * each through the command bus until the store holds {@code replayEvents}, and waits for it (at most
     * {@code seedSeconds}). HTTP alone would take far longer than a quick run: every command is a request.
     */
    private String seedInProcess(long stored) throws Exception {
        log("replay: " + stored + " events stored; restarting the app with the in-process seeder up to "
                + config.replayEvents() + " (at most " + config.seedSeconds() + " s)");
        stopApp();
        Path done = root.resolve("bench/target/seed-done");
        Files.deleteIfExists(done);
        Files.deleteIfExists(Path.of(done + ".stop"));
        startApp(List.of("--rebound.bench.seed-events=" + config.replayEvents(),
                "--rebound.bench.seed-done-file=" + done));
        long t0 = System.nanoTime();
        long lastLog = t0;
        while (!Files.exists(done) && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(config.seedSeconds())) {
            Thread.sleep(1000);
            if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(30)) {
                lastLog = System.nanoTime();
                log("seeding: " + storedEvents() + " events stored");
            }
        }
        if (!Files.exists(done)) {
            Files.writeString(Path.of(done + ".stop"), "stop\n");
            long stopping = System.nanoTime();
            while (!Files.exists(done) && System.nanoTime() - stopping < TimeUnit.SECONDS.toNanos(60)) {
                Thread.sleep(200);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String outcome = (Files.exists(done) ? Files.readString(done).trim() : "did not stop")
                + (seconds >= config.seedSeconds() ? " at --seed-seconds=" + config.seedSeconds() : "");
        long now = storedEvents();
        String how = "in-process seeder (demo data per new organization, through the command bus) added "
                + (now - stored) + " events in " + Math.round(seconds) + " s (" + Math.round((now - stored) / seconds)
                + "/s), " + outcome;
        log(how);
        return how;
    }

    private long storedEvents() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            r.next();
            return r.getLong(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------- output

    private void write() throws IOException {
        Path dir = root.resolve("bench/results");
        Files.createDirectories(dir);
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("latest.json").toFile(), results);
        Files.writeString(dir.resolve("latest.md"), Report.markdown(results));
        log("wrote " + dir.resolve("latest.json") + " and latest.md");
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static Api.Answer expect(Api.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("unexpected answer " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void log(String message) {
        System.out.println("[bench " + LocalDate.now() + " " + java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
                + "] " + message);
    }
}
