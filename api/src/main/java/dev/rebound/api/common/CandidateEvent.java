package dev.rebound.api.common;

import dev.rebound.api.privacy.DataSubject;

import java.util.UUID;

/**
 * An event about one candidate in one organization: every event of the feedback cycle is one. Read models process a
 * candidate's events in the order they were stored, and integration events are keyed by the candidate.
 */
public interface CandidateEvent extends OrganizationEvent, DataSubject {

    CandidateId candidateId();

    /** The personal data in a candidate's events is the candidate's. */
    @Override
    default UUID dataSubjectId() {
        return candidateId().value();
    }
}
