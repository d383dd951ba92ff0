package dev.rebound.api.applications.query;

import java.util.List;

/**
 * An organization's candidates, the most recently active first. A page that shows some of them to someone else
 * records those it shows (the web's {@code DataAccessAudit}), not the whole list it asked for.
 */
public record CandidateList(List<CandidateSummary> items) {

    public CandidateList {
        items = List.copyOf(items);
    }
}
