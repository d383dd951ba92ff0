package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The right to erasure: the candidate's personal data becomes unreadable everywhere (its key is deleted) and the read
 * models are scrubbed. Ids, dates, stages and figures stay, so the organization's de-identified analytics hold.
 * Erasing twice changes nothing.
 */
public record ErasePersonalData(
        @TargetAggregateIdentifier CandidateId candidateId,
        OrganizationId organizationId) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.ERASURE);
    }
}
