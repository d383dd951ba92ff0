package dev.rebound.api.organization.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

/**
 * Who holds this personal access token, if it is valid (issued, not revoked); answered as an optional
 * {@code TokenHolder}. Marks the token as used.
 */
public record AuthenticateToken(String token) implements Guarded {

    @Override
    public String toString() {
        return "AuthenticateToken[token=****]";
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.SystemOnly();
    }
}
