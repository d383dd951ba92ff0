package dev.rebound.api.organization.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Caller;
import dev.rebound.api.access.Guarded;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;

/**
 * Issue a personal access token for a member; its secret is answered once and stored only as a hash.
 * {@code issuedBy} is who asks for it (kept with the token, listed on the candidate's privacy page); null for the
 * system (the demo, tests).
 */
public record IssueToken(OrganizationId organizationId, MemberId memberId, String name, Caller issuedBy)
        implements Guarded {

    /** A token the system issues, on nobody's request. */
    public IssueToken(OrganizationId organizationId, MemberId memberId, String name) {
        this(organizationId, memberId, name, null);
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.MemberTokens(organizationId, memberId, AccessRule.TokenUse.ISSUE);
    }
}
