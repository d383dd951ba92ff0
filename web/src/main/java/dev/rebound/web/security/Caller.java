package dev.rebound.web.security;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.util.UUID;

/**
 * Who is calling, as far as the API is concerned: the organization they act in, their role there, and — for
 * members — which member and (for candidates) which candidate record they are. The bootstrap token is the
 * platform admin ({@link Role#PLATFORM_ADMIN}), who acts in the default organization and is no member.
 */
public record Caller(String subject, OrganizationId organizationId, Role role, MemberId memberId,
                     CandidateId candidateId) {

    static final String ORGANIZATION = "org";
    static final String ROLE = "role";
    static final String MEMBER = "member";
    static final String CANDIDATE = "candidate";

    public static Caller of(OAuth2AuthenticatedPrincipal principal) {
        UUID organization = principal.getAttribute(ORGANIZATION);
        String role = principal.getAttribute(ROLE);
        UUID member = principal.getAttribute(MEMBER);
        UUID candidate = principal.getAttribute(CANDIDATE);
        return new Caller(principal.getName(), OrganizationId.of(organization),
                role == null ? Role.PLATFORM_ADMIN : memberRole(role),
                member == null ? null : MemberId.of(member), candidate == null ? null : CandidateId.of(candidate));
    }

    /** A member's role as a token carries it; only the bootstrap token (which carries none) is the platform admin. */
    private static Role memberRole(String name) {
        Role role = Role.valueOf(name);
        if (!role.isMemberRole()) {
            throw new IllegalStateException("A member's token carries the role " + name);
        }
        return role;
    }

    /** Platform admin and org admins see and do everything in their organization. */
    public boolean administers() {
        return role == Role.PLATFORM_ADMIN || role == Role.ORG_ADMIN;
    }
}
