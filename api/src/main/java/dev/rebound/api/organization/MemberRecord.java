package dev.rebound.api.organization;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

/** A member as the organization knows them: role, and candidate record for candidates. */
public record MemberRecord(OrganizationId organizationId, MemberId memberId, Role role, CandidateId candidateId) {
}
