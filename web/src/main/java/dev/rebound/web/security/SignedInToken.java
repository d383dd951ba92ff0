package dev.rebound.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import java.io.Serial;

/**
 * A UI session's sign-in: the principal a token stood for when it was checked, and the token, so that
 * {@link SignedInTokenCheck} can check it again on every request. Spring Security never keeps a bearer-token
 * authentication in a session (it is marked transient), so the UI keeps this instead; the principal is the same as an
 * API call with that token would see.
 *
 * <p>The token stays on the server, in the session's memory: the browser holds only the session cookie, and
 * {@link #getCredentials()} does not hand it out. It is {@code transient}: a session that was ever written out comes
 * back without it, and so ends at its next request.
 */
final class SignedInToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 2L;

    private final OAuth2AuthenticatedPrincipal principal;
    private final transient String token;

    SignedInToken(OAuth2AuthenticatedPrincipal principal, String token) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public OAuth2AuthenticatedPrincipal getPrincipal() {
        return principal;
    }

    /** Not handed out: only {@link SignedInTokenCheck} reads the token. */
    @Override
    public Object getCredentials() {
        return null;
    }

    /** The token signed in with; null once the session was written out and read back. */
    String token() {
        return token;
    }
}
