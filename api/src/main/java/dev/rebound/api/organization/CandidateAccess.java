package dev.rebound.api.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Set;

/**
 * Who may see a candidate's data besides the organization's admins: the candidate's own member, and the assigned
 * coaches while the candidate grants them access.
 */
public record CandidateAccess(CandidateId candidateId, OrganizationId organizationId, MemberId memberId,
                              Set<MemberId> coaches, boolean coachAccess) {

    public CandidateAccess {
        coaches = Set.copyOf(coaches);
    }

    /** Whether this coach sees the candidate: assigned, and the candidate consents. */
    public boolean visibleToCoach(MemberId coach) {
        return coachAccess && coaches.contains(coach);
    }
}
