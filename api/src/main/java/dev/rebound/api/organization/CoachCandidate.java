package dev.rebound.api.organization;

import dev.rebound.api.common.CandidateId;

/**
 * A candidate assigned to a coach, as the coach may know them: who they are, and whether they grant the coach access
 * to their data now.
 *
 * @param displayName the candidate's name as the organization added them ({@code [erased]} after an erasure)
 */
public record CoachCandidate(CandidateId candidateId, String displayName, boolean accessGranted) {
}
