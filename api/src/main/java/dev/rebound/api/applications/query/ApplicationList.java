package dev.rebound.api.applications.query;

import java.util.List;

/** A candidate's applications, the most recently tracked first. */
public record ApplicationList(List<ApplicationSummary> items) {

    public ApplicationList {
        items = List.copyOf(items);
    }
}
