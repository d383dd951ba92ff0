package dev.rebound.api.organization.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import org.axonframework.serialization.Revision;

/** A candidate record exists for a CANDIDATE member; their data lives under the candidate id. */
@Revision("1")
public record CandidateRegistered(
        CandidateId candidateId,
        OrganizationId organizationId,
        MemberId memberId,
        @PersonalData String displayName) implements CandidateEvent {
}
