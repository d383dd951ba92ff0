package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The candidate grants or revokes their coaches' access to their data; revocable at any time. */
public record SetCoachAccess(
        @TargetAggregateIdentifier CandidateId candidateId,
        OrganizationId organizationId,
        boolean granted) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.CONSENT);
    }
}
