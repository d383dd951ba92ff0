package dev.rebound.web.security;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.util.UUID;

/**
 * Who is calling, as far as the API is concerned: the organization they act in, their role there, and — for
 * members — which member and (for candidates) which candidate record they are. The bootstrap token is the
 * platform admin, who acts in the default organization.
 */
public record Caller(String subject, OrganizationId organizationId, Kind kind, MemberId memberId,
                     CandidateId candidateId) {

    static final String ORGANIZATION = "org";
    static final String ROLE = "role";
    static final String MEMBER = "member";
    static final String CANDIDATE = "candidate";

    /** The platform admin, or a member's role ({@code api.organization.Role}). */
    public enum Kind {
        PLATFORM_ADMIN, ORG_ADMIN, COACH, CANDIDATE, ANALYST
    }

    public static Caller of(OAuth2AuthenticatedPrincipal principal) {
        UUID organization = principal.getAttribute(ORGANIZATION);
        String role = principal.getAttribute(ROLE);
        UUID member = principal.getAttribute(MEMBER);
        UUID candidate = principal.getAttribute(CANDIDATE);
        return new Caller(principal.getName(), OrganizationId.of(organization),
                role == null ? Kind.PLATFORM_ADMIN : Kind.valueOf(role),
                member == null ? null : MemberId.of(member), candidate == null ? null : CandidateId.of(candidate));
    }

    /** Platform admin and org admins see and do everything in their organization. */
    public boolean administers() {
        return kind == Kind.PLATFORM_ADMIN || kind == Kind.ORG_ADMIN;
    }
}
