package dev.rebound.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The identity providers whose JWTs the API accepts next to personal access tokens ({@code rebound.security.oidc}).
 * With no issuer, JWTs are not accepted at all. In the environment, each issuer is numbered:
 * {@code REBOUND_SECURITY_OIDC_ISSUERS_0_ISSUER}, {@code …_0_JWKSETURI}, {@code …_0_AUDIENCE},
 * {@code …_0_MEMBERCLAIM}, {@code …_0_ORGANIZATIONS} (comma-separated ids), then {@code …_1_…} for the next.
 *
 * @param issuers the trusted issuers; each {@code issuer} at most once
 */
@ConfigurationProperties("rebound.security.oidc")
public record OidcProperties(@DefaultValue List<Issuer> issuers) {

    public OidcProperties {
        issuers = List.copyOf(issuers);
        Set<String> seen = new HashSet<>();
        for (Issuer issuer : issuers) {
            if (!seen.add(issuer.issuer())) {
                throw new IllegalArgumentException("The issuer " + issuer.issuer() + " is configured twice.");
            }
        }
    }

    /** Whether any identity provider is trusted: without one, only Rebound's own tokens are accepted. */
    public boolean enabled() {
        return !issuers.isEmpty();
    }

    /**
     * One trusted identity provider.
     *
     * @param issuer      the exact {@code iss} of its tokens (e.g. {@code https://idp.example/realms/northside})
     * @param jwkSetUri   where its public signing keys are published (e.g. {@code …/protocol/openid-connect/certs})
     * @param audience    a value the token's {@code aud} must contain: the audience the identity provider issues
     *                    Rebound's tokens for
     * @param memberClaim   the claim holding the e-mail address of a coach or candidate, by which they are matched to
     *                      their Rebound member (without regard to case)
     * @param organizations the Rebound organizations whose people this provider signs in: a token's {@code org} must
     *                      be one of them. Required: an identity provider speaks for no organization it is not
     *                      configured for, so one organization's provider (or a user who can edit their own
     *                      attributes there) cannot mint callers of another
     */
    public record Issuer(String issuer, URI jwkSetUri, String audience, @DefaultValue("email") String memberClaim,
                         Set<UUID> organizations) {

        public Issuer {
            require(issuer, "issuer");
            if (jwkSetUri == null || !jwkSetUri.isAbsolute()) {
                throw new IllegalArgumentException("jwk-set-uri of issuer " + issuer
                        + " is required and must be an absolute URL.");
            }
            require(audience, "audience of issuer " + issuer);
            require(memberClaim, "member-claim of issuer " + issuer);
            if (organizations == null || organizations.isEmpty()) {
                throw new IllegalArgumentException("organizations of issuer " + issuer + " is required: the ids of "
                        + "the Rebound organizations whose people it signs in (its tokens' 'org' must be one of them).");
            }
            organizations = Set.copyOf(organizations);
        }

        private static void require(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " is required and may not be blank.");
            }
        }
    }
}
