package dev.rebound.api.organization.event;

import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

/** The candidate let their assigned coaches see their data. */
@Revision("1")
public record CoachAccessGranted(
        CandidateId candidateId,
        OrganizationId organizationId) implements CandidateEvent {
}
