package dev.rebound.api.organization.query;

/**
 * Who holds this personal access token, if it is valid (issued, not revoked); answered as an optional
 * {@code TokenHolder}. Marks the token as used.
 */
public record AuthenticateToken(String token) {

    @Override
    public String toString() {
        return "AuthenticateToken[token=****]";
    }
}
