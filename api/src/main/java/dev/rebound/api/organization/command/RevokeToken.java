package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

import java.util.UUID;

/** A personal access token stops working at once. */
public record RevokeToken(OrganizationId organizationId, MemberId memberId, UUID tokenId) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.MemberTokens(organizationId, memberId, AccessRule.TokenUse.REVOKE);
    }
}
