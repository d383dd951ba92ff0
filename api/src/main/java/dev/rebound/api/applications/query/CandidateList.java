package dev.rebound.api.applications.query;

import dev.rebound.api.access.ShowsCandidates;
import dev.rebound.api.common.CandidateId;

import java.util.Collection;
import java.util.List;

/**
 * An organization's candidates, the most recently active first. It shows each candidate's figures, so a read of it by
 * someone else is recorded for each candidate it shows.
 */
public record CandidateList(List<CandidateSummary> items) implements ShowsCandidates {

    public CandidateList {
        items = List.copyOf(items);
    }

    @Override
    public Collection<CandidateId> shownCandidates() {
        return items.stream().map(CandidateSummary::candidateId).toList();
    }
}
