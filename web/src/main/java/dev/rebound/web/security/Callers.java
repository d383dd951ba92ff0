package dev.rebound.web.security;

import dev.rebound.api.access.Caller;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.util.UUID;

/** The {@link Caller} a signed-in principal is, from the attributes the token checks give it. */
public final class Callers {

    static final String ORGANIZATION = "org";
    static final String ROLE = "role";
    static final String MEMBER = "member";
    static final String CANDIDATE = "candidate";

    private Callers() {
    }

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
}
