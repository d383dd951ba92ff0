package dev.rebound.infra.access;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

/** Whose application this is: the candidate who tracked it, in their organization. */
public record ApplicationOwner(ApplicationId applicationId, CandidateId candidateId, OrganizationId organizationId) {
}
