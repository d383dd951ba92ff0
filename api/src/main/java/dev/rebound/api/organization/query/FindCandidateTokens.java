package dev.rebound.api.organization.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/**
 * Every personal access token issued for the candidate's member in the organization, revoked ones included, answered
 * as {@code CandidateTokens}: the candidate reviews who can act as them.
 */
public record FindCandidateTokens(OrganizationId organizationId, CandidateId candidateId) implements Guarded {

    public FindCandidateTokens {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }

    /** Like the access log: the candidate and the admins; not recorded, it shows nothing of the job search. */
    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.ACCESS_LOG);
    }
}
