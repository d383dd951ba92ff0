package dev.rebound.api.admin.command;

/**
 * Rebuild one read model ({@code timeline}, {@code weakness-trends} …) from the event store: its tables are
 * emptied and every event is handled again, while the rest of the system keeps serving.
 */
public record ReplayReadModel(String name) {
}
