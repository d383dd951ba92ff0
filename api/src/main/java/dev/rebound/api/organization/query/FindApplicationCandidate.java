package dev.rebound.api.organization.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.OrganizationId;

/** Whose application this is, answered as an optional {@code CandidateId}: empty for another tenant's or none. */
public record FindApplicationCandidate(OrganizationId organizationId, ApplicationId applicationId) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.SystemOnly();
    }
}
