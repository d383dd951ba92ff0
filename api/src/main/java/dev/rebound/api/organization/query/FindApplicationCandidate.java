package dev.rebound.api.organization.query;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.OrganizationId;

/** Whose application this is, answered as an optional {@code CandidateId}: empty for another tenant's or none. */
public record FindApplicationCandidate(OrganizationId organizationId, ApplicationId applicationId) {
}
