package dev.rebound.api.applications.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** Every application of one candidate, as {@link ApplicationList}: the most recently tracked first. */
public record FindApplications(OrganizationId organizationId, CandidateId candidateId) implements Guarded {

    public FindApplications {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.READ);
    }
}
