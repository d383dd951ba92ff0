package dev.rebound.api.organization.command;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

/** Issue a personal access token for a member; its secret is answered once and stored only as a hash. */
public record IssueToken(OrganizationId organizationId, MemberId memberId, String name) {
}
