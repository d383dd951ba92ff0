package dev.rebound.api.organization.event;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationEvent;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import org.axonframework.serialization.Revision;

/** A person joined the organization; {@code candidateId} is set for candidates only. */
@Revision("1")
public record MemberAdded(
        OrganizationId organizationId,
        MemberId memberId,
        Role role,
        String displayName,
        String email,
        CandidateId candidateId) implements OrganizationEvent {
}
