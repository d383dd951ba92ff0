package dev.rebound.api.employerrelationships.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** Every employer of one candidate, as {@link EmployerRelationshipList}. */
public record FindEmployerRelationships(OrganizationId organizationId, CandidateId candidateId) implements Guarded {

    public FindEmployerRelationships {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.READ);
    }
}
