package dev.rebound.api.application.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The employer made an offer. */
@Revision("1")
public record OfferReceived(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Instant receivedAt,
        @PersonalData String note) implements CandidateEvent {
}
