package dev.rebound.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.io.Serial;

/**
 * A UI session's sign-in: the principal a token stood for when it was checked, without the token. Spring Security
 * never keeps a bearer-token authentication in a session (it is marked transient), so the UI keeps this instead; the
 * principal is the same as an API call with that token would see.
 */
final class SignedInToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OAuth2AuthenticatedPrincipal principal;

    SignedInToken(OAuth2AuthenticatedPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public OAuth2AuthenticatedPrincipal getPrincipal() {
        return principal;
    }

    /** The token is not kept. */
    @Override
    public Object getCredentials() {
        return null;
    }
}
