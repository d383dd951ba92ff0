package dev.rebound.api.access;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;

/**
 * A person who calls: the organization they act in, their role there, and — for members — which member and (for
 * candidates) which candidate record they are. The platform admin ({@link Role#PLATFORM_ADMIN}, the bootstrap token)
 * acts in the default organization and is no member. {@code subject} names who signed in (a token's member, a JWT's
 * subject) for logs and the access audit.
 */
public record Caller(String subject, OrganizationId organizationId, Role role, MemberId memberId,
                     CandidateId candidateId) implements Sender {

    /** Platform admin and org admins see and do everything in their organization. */
    public boolean administers() {
        return role == Role.PLATFORM_ADMIN || role == Role.ORG_ADMIN;
    }
}
