package dev.rebound.web.security;

import com.nimbusds.jwt.JWTParser;
import dev.rebound.web.query.Reads;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import java.io.Serial;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends each bearer token to whoever can check it: a JWT whose (still unverified) {@code iss} is a trusted issuer
 * goes to that issuer's decoder, which verifies its signature against the issuer's published keys and checks
 * issuer, audience, type and lifetime before {@link OidcPrincipals} maps its claims; every other token — personal
 * access tokens, the bootstrap token, JWTs of anyone else — goes to Rebound's own tokens, which refuse what they do
 * not know. The unverified issuer only picks the decoder; nothing is believed before the signature is checked.
 */
final class BearerTokens implements AuthenticationManager {

    /** Public-key signatures only: never {@code none}, never a shared secret (HS256 …). */
    static final Set<SignatureAlgorithm> ACCEPTED_ALGORITHMS = EnumSet.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512,
            SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

    private final Map<String, AuthenticationManager> identityProviders;
    private final AuthenticationManager ownTokens;

    private BearerTokens(Map<String, AuthenticationManager> identityProviders, AuthenticationManager ownTokens) {
        this.identityProviders = identityProviders;
        this.ownTokens = ownTokens;
    }

    static BearerTokens of(OidcProperties oidc, Reads reads, AuthenticationManager ownTokens) {
        return new BearerTokens(oidc.issuers().stream().collect(Collectors.toUnmodifiableMap(
                OidcProperties.Issuer::issuer, issuer -> identityProvider(issuer, reads))), ownTokens);
    }

    private static AuthenticationManager identityProvider(OidcProperties.Issuer issuer, Reads reads) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri().toString())
                .jwsAlgorithms(algorithms -> {
                    algorithms.clear();
                    algorithms.addAll(ACCEPTED_ALGORITHMS);
                })
                .build();
        // an access token is typed JWT, at+jwt (RFC 9068) or not at all
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        // with the defaults: expiry and not-before (60 s of clock skew)
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer.issuer()),
                new JwtAudienceValidator(issuer.audience()), type));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(new OidcPrincipals(issuer, reads));
        return new ProviderManager(provider);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return ownTokens.authenticate(authentication);
        }
        Optional<AuthenticationManager> identityProvider = unverifiedIssuer(bearer.getToken())
                .map(identityProviders::get);
        if (identityProvider.isEmpty()) {
            return ownTokens.authenticate(bearer);
        }
        try {
            return identityProvider.get().authenticate(bearer);
        } catch (AuthenticationServiceException keysUnreachable) {
            throw new IdentityProviderUnavailable(keysUnreachable);
        }
    }

    /** The {@code iss} of a token shaped like a signed JWT (three dot-separated parts); not verified here. */
    static Optional<String> unverifiedIssuer(String token) {
        if (token == null || token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JWTParser.parse(token).getJWTClaimsSet().getIssuer());
        } catch (ParseException notAJwt) {
            return Optional.empty();
        }
    }

    /** The identity provider's keys could not be fetched: not the caller's fault, so a 503 rather than a 401. */
    static final class IdentityProviderUnavailable extends AuthenticationException {

        @Serial
        private static final long serialVersionUID = 1L;

        IdentityProviderUnavailable(AuthenticationServiceException cause) {
            super("The identity provider's signing keys could not be fetched; try again shortly.", cause);
        }
    }
}
