package dev.rebound.api.organization.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationEvent;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A person joined the organization; {@code candidateId} is set for candidates only. */
@Revision("1")
public record MemberAdded(
        OrganizationId organizationId,
        MemberId memberId,
        Role role,
        @PersonalData String displayName,
        @PersonalData String email,
        CandidateId candidateId) implements OrganizationEvent, DataSubject {

    /** A candidate's name and e-mail are erased with the rest of their data; staff are their own subject. */
    @Override
    public UUID dataSubjectId() {
        return candidateId != null ? candidateId.value() : memberId.value();
    }
}
