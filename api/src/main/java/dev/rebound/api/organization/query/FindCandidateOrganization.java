package dev.rebound.api.organization.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;

/**
 * The organization whose candidate record this is, answered as an optional {@code OrganizationId}: empty for a
 * candidate id without a record (the platform admin's candidates of the default organization need none). Read from
 * the access read model, so it is up to date the moment a command returns.
 */
public record FindCandidateOrganization(CandidateId candidateId) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.SystemOnly();
    }
}
