package dev.rebound.api.organization.event;

import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import org.axonframework.serialization.Revision;

/** A coach was assigned to the candidate; they see nothing until the candidate grants access. */
@Revision("1")
public record CoachAssigned(
        CandidateId candidateId,
        OrganizationId organizationId,
        MemberId coachMemberId) implements CandidateEvent {
}
