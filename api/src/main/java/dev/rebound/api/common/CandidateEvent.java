package dev.rebound.api.common;

/**
 * An event about one candidate in one organization: every event of the feedback cycle is one. Read models process a
 * candidate's events in the order they were stored, and integration events are keyed by the candidate.
 */
public interface CandidateEvent extends OrganizationEvent {

    CandidateId candidateId();
}
