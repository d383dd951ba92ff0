package dev.rebound.api.organization;

import java.util.List;

/** The candidates assigned to one coach, in the order they joined the organization. */
public record CoachCandidates(List<CoachCandidate> items) {

    public CoachCandidates {
        items = List.copyOf(items);
    }
}
