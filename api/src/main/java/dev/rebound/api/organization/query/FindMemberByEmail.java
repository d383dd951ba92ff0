package dev.rebound.api.organization.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;

/**
 * The member of this organization with this e-mail address (compared without regard to case), answered as an
 * optional {@code MemberRecord}: empty when the organization has no such member, or the member's data was erased.
 * Read from the access read model (by a hash of the address, never the address), so a member counts the moment
 * {@code AddMember} returns. Used to match an identity provider's user to a Rebound member.
 */
public record FindMemberByEmail(OrganizationId organizationId, String email) implements Guarded {

    @Override
    public String toString() {
        return "FindMemberByEmail[organizationId=" + organizationId + ", email=****]";
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.SystemOnly();
    }
}
