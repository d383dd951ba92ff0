package dev.rebound.api.applications.query;

import java.util.List;

/** One page of a candidate's applications, the most recently tracked first; {@code total} counts them all. */
public record ApplicationPage(List<ApplicationSummary> items, int page, int size, long total) {

    public ApplicationPage {
        items = List.copyOf(items);
    }
}
