package dev.rebound.api.access;

import dev.rebound.api.common.CandidateId;

import java.util.Collection;

/**
 * An answer that shows several candidates' personal data at once (an organization's contact audit): the access policy
 * records the read for each candidate it shows, as it records a read of one candidate's data.
 */
public interface ShowsCandidates {

    /** The candidates whose data this answer shows. */
    Collection<CandidateId> shownCandidates();
}
