package dev.rebound.api.employer.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

/** The employer is not to be contacted any more; outbound contact and feedback requests are refused. */
@Revision("1")
public record DoNotContactSet(
        EmployerId employerId,
        OrganizationId organizationId,
        CandidateId candidateId,
        @PersonalData String reason) implements CandidateEvent {
}
