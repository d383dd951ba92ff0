package dev.rebound.api.applications.query;

import java.util.List;

/** An organization's candidates, the most recently active first. */
public record CandidateList(List<CandidateSummary> items) {

    public CandidateList {
        items = List.copyOf(items);
    }
}
