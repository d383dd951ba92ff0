package dev.rebound.api.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.UUID;

/** Who presented a valid personal access token: a member, their organization and role (and candidate record). */
public record TokenHolder(UUID tokenId, OrganizationId organizationId, MemberId memberId, Role role,
                          CandidateId candidateId) {
}
