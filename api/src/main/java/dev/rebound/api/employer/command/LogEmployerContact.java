package dev.rebound.api.employer.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Record a contact with an employer: a thank-you note, a follow-up, keeping in touch. */
public record LogEmployerContact(
        @TargetAggregateIdentifier EmployerId employerId,
        OrganizationId organizationId,
        CandidateId candidateId,
        ContactId contactId,
        Instant contactedAt,
        ContactDirection direction,
        Channel channel,
        ContactPurpose purpose,
        String contactName,
        String message) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.WRITE);
    }
}
