package dev.rebound.api.organization;

import java.util.UUID;

/**
 * A new personal access token. {@code token} is the secret: shown this once, never stored, never logged.
 */
public record IssuedToken(UUID tokenId, String token) {

    @Override
    public String toString() {
        return "IssuedToken[tokenId=" + tokenId + ", token=****]";
    }
}
