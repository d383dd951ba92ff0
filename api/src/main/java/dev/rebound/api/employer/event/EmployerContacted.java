package dev.rebound.api.employer.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A contact with the employer took place; tone warnings on the candidate's message are recorded with it. */
@Revision("1")
public record EmployerContacted(
        EmployerId employerId,
        OrganizationId organizationId,
        CandidateId candidateId,
        ContactId contactId,
        Instant contactedAt,
        ContactDirection direction,
        Channel channel,
        ContactPurpose purpose,
        @PersonalData String contactName,
        @PersonalData String message,
        List<ToneWarning> toneWarnings) implements CandidateEvent {
}
