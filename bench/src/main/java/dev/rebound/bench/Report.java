package dev.rebound.bench;

import java.util.List;
import java.util.Map;

/** The Markdown table written next to latest.json: one row per figure of issue 13, with its target. */
final class Report {

    private Report() {
    }

    private record Row(String key, String label, String target) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("pgbench_tps", "pgbench_tps (baseline)", ""),
            new Row("commands_per_s", "commands_per_s", ""),
            new Row("command_latency_ms", "command_latency_ms", ""),
            new Row("command_ratio", "command_ratio", "≥ 0.25"),
            new Row("db_per_command", "db_per_command", "transactions ≤ 2"),
            new Row("projection_lag_ms", "projection_lag_ms", "p99 ≤ 200"),
            new Row("replay_events_per_s", "replay_events_per_s", "≥ 20000"),
            new Row("timeline_query_ms", "timeline_query_ms", "p99 ≤ 10"),
            new Row("app_rss_mb", "app_rss_mb", ""),
            new Row("no_wall_ratio", "no_wall_ratio", "≥ 0.8"),
            new Row("vanilla_axon", "vanilla Axon", ""));

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        StringBuilder md = new StringBuilder("# Rebound benchmark\n\n");
        Map<String, Object> run = (Map<String, Object>) results.get("run");
        if (run != null) {
            md.append("Run: ").append(run.get("mode")).append(", ").append(run.get("started_at")).append(", ")
                    .append(run.get("cores")).append(" cores, Java ").append(run.get("java")).append(", ")
                    .append(run.get("postgres")).append(", ").append(run.get("clients")).append(" clients.\n\n");
        }
        Map<String, Object> notes = (Map<String, Object>) results.getOrDefault("notes", Map.of());
        md.append("| figure | measured | target | note |\n| --- | --- | --- | --- |\n");
        for (Row row : ROWS) {
            Object value = results.get(row.key());
            md.append("| ").append(row.label()).append(" | ").append(format(value)).append(" | ").append(row.target())
                    .append(" | ").append(row.key().equals("pgbench_tps") ? results.getOrDefault("baseline_tool", "")
                            : notes.getOrDefault(row.key(), "")).append(" |\n");
        }
        return md.toString();
    }

    private static String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder s = new StringBuilder();
            map.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(" ").append(v));
            return s.toString();
        }
        return String.valueOf(value);
    }
}
