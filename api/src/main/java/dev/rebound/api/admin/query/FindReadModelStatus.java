package dev.rebound.api.admin.query;

/** How far a read model is, and how its latest replay (if any) went. */
public record FindReadModelStatus(String name) {
}
