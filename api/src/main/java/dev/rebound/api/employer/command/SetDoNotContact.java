package dev.rebound.api.employer.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark an employer as not to be contacted (or lift the mark); outbound contact and feedback requests respect it. */
public record SetDoNotContact(
        @TargetAggregateIdentifier EmployerId employerId,
        OrganizationId organizationId,
        CandidateId candidateId,
        boolean doNotContact,
        String reason) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.WRITE);
    }
}
