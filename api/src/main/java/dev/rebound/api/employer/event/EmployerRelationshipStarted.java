package dev.rebound.api.employer.event;

import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

/** The candidate's first application to this employer (matched by normalized name) made it known. */
@Revision("1")
public record EmployerRelationshipStarted(
        EmployerId employerId,
        OrganizationId organizationId,
        CandidateId candidateId,
        String employerName) implements CandidateEvent {
}
