package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person joins the organization in a role. A {@code CANDIDATE} member gets a candidate record with the given
 * {@code candidateId}; for other roles it is null.
 */
public record AddMember(
        @TargetAggregateIdentifier OrganizationId organizationId,
        MemberId memberId,
        Role role,
        String displayName,
        String email,
        CandidateId candidateId) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.OrganizationData(organizationId, AccessRule.OrganizationUse.ADD_MEMBERS);
    }
}
