package dev.rebound.web.security;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.ErrorResponseException;

import java.util.UUID;

/**
 * Reads under {@code /api/v1/organizations/{orgId}/…}: a caller sees only the organization it acts in. Any other id
 * is answered 404, exactly like an id that does not exist, so nobody learns which other tenants there are.
 */
public final class OrganizationPath {

    private OrganizationPath() {
    }

    /** The caller's organization when the path names it; otherwise a 404 problem. */
    public static OrganizationId visibleTo(OAuth2AuthenticatedPrincipal principal, UUID organizationInPath) {
        OrganizationId own = Callers.of(principal).organizationId();
        if (!own.value().equals(organizationInPath)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "not-found",
                    "No such organization, or it is not visible to you."), null);
        }
        return own;
    }
}
