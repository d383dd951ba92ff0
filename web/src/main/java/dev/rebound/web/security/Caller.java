package dev.rebound.web.security;

import dev.rebound.api.common.OrganizationId;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.util.UUID;

/** Who is calling, as far as the API is concerned: the organization they act in. */
public record Caller(String subject, OrganizationId organizationId) {

    static final String ORGANIZATION = "org";

    public static Caller of(OAuth2AuthenticatedPrincipal principal) {
        UUID organization = principal.getAttribute(ORGANIZATION);
        return new Caller(principal.getName(), OrganizationId.of(organization));
    }
}
