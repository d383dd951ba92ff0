package dev.rebound.api.organization.event;

import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

/** The candidate withdrew their coaches' access to their data. */
@Revision("1")
public record CoachAccessRevoked(
        CandidateId candidateId,
        OrganizationId organizationId) implements CandidateEvent {
}
