package dev.rebound.api.organization.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

/**
 * Who may see this candidate, answered as an optional {@code CandidateAccess}: empty when the organization has no
 * such candidate record. Read from the access read model, which every command updates in its own transaction, so it
 * is up to date the moment a command returns.
 */
public record FindCandidateAccess(OrganizationId organizationId, CandidateId candidateId) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.SystemOnly();
    }
}
