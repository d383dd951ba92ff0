package dev.rebound.api.admin.query;

/** Every read model with its status. */
public record FindReadModels() {
}
