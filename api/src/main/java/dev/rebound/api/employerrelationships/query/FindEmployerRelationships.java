package dev.rebound.api.employerrelationships.query;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** Every employer of one candidate, as {@link EmployerRelationshipList}. */
public record FindEmployerRelationships(OrganizationId organizationId, CandidateId candidateId) {

    public FindEmployerRelationships {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }
}
