package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An org admin assigns a coach to a candidate; the coach sees the candidate only once the candidate consents. */
public record AssignCoach(
        @TargetAggregateIdentifier CandidateId candidateId,
        OrganizationId organizationId,
        MemberId coachMemberId) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.ASSIGN_COACHES);
    }
}
