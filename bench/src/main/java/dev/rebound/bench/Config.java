package dev.rebound.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The sizes of a run. {@code --quick} and {@code --full} pick a preset; any field can be overridden with
 * {@code --name=value} (e.g. {@code --measure-seconds=30 --replay-events=50000}); {@code --postgres=embedded} skips
 * the machine's PostgreSQL even when one answers on 5432 ({@code auto}, the default, uses it then).
 */
record Config(
        boolean quick,
        int clients,
        int candidatesPerClient,
        int warmupSeconds,
        int measureSeconds,
        int pgbenchSeconds,
        int lagSamples,
        int timelineEntries,
        int timelineReaders,
        int timelineReads,
        long replayEvents,
        int seedSeconds,
        int replaySeconds,
        boolean jfr,
        String postgres) {

    static Config parse(String[] args) {
        boolean quick = true;
        Map<String, String> overrides = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--full")) {
                quick = false;
            } else if (arg.equals("--jfr")) {
                overrides.put("jfr", "true");
            } else if (arg.startsWith("--") && arg.contains("=")) {
                overrides.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (use --quick, --full, --jfr or --name=value, see bench/README section in README.md)");
            }
        }
        Map<String, String> o = overrides;
        return new Config(quick,
                i(o, "clients", 16),
                i(o, "candidates-per-client", quick ? 20 : 100),
                i(o, "warmup-seconds", quick ? 15 : 60),
                i(o, "measure-seconds", quick ? 45 : 300),
                i(o, "pgbench-seconds", quick ? 15 : 60),
                i(o, "lag-samples", quick ? 100 : 1000),
                i(o, "timeline-entries", quick ? 2000 : 10000),
                i(o, "timeline-readers", 32),
                i(o, "timeline-reads", 280),
                Long.parseLong(o.getOrDefault("replay-events", quick ? "200000" : "1000000")),
                i(o, "seed-seconds", quick ? 120 : 2400),
                i(o, "replay-seconds", quick ? 120 : 1800),
                Boolean.parseBoolean(o.getOrDefault("jfr", "false")),
                o.getOrDefault("postgres", "auto"));
    }

    private static int i(Map<String, String> overrides, String name, int fallback) {
        return Integer.parseInt(overrides.getOrDefault(name, String.valueOf(fallback)));
    }
}
