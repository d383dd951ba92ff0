package dev.rebound.api.improvement.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.improvement.ImprovementPlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The candidate or their coach judges a weakness addressed. */
public record MarkWeaknessAddressed(
        @TargetAggregateIdentifier ImprovementPlanId planId,
        OrganizationId organizationId,
        CandidateId candidateId,
        String weakness,
        String note) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.WRITE);
    }
}
