package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

/** Issue a personal access token for a member; its secret is answered once and stored only as a hash. */
public record IssueToken(OrganizationId organizationId, MemberId memberId, String name) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.MemberTokens(organizationId, memberId, AccessRule.TokenUse.ISSUE);
    }
}
