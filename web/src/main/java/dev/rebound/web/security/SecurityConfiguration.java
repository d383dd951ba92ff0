package dev.rebound.web.security;

import dev.rebound.api.access.SystemCaller;

import dev.rebound.api.access.SystemActor;

import dev.rebound.api.organization.TokenHolder;
import dev.rebound.api.organization.query.AuthenticateToken;
import dev.rebound.web.WebProperties;
import dev.rebound.web.availability.Unavailable;
import dev.rebound.web.limits.RateLimitFilter;
import dev.rebound.web.problem.Problems;
import dev.rebound.web.query.Reads;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@code /api/**} call needs {@code Authorization: Bearer <token>}; only health (and the API documentation) is
 * public. Tokens: the platform admin's bootstrap token, members' personal access tokens and, when identity providers
 * are configured ({@link OidcProperties}), their JWTs ({@link BearerTokens}). What each caller may see and do is
 * decided by the access policy where every command and query is handled (infra's {@code MessageAccessPolicy}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcProperties.class)
class SecurityConfiguration {

    static final String PLATFORM_ADMIN = "platform-admin";

    @Bean
    BootstrapToken bootstrapToken(WebProperties properties) {
        return BootstrapToken.resolve(properties);
    }

    /**
     * The bootstrap token is the platform admin; a personal access token ({@code rbt_…}) is the member it was issued
     * to, as long as it is not revoked. Anything else is a 401. The look-up waits boundedly ({@link Reads}) and a
     * database that cannot be reached fails it with the database's own exception, which is answered 503
     * ({@code UnavailableFilter}), never taken for an unknown token.
     */
    @Bean
    OpaqueTokenIntrospector tokenIntrospector(BootstrapToken bootstrapToken, WebProperties properties, Reads reads) {
        return token -> {
            if (bootstrapToken.matches(token)) {
                return new DefaultOAuth2AuthenticatedPrincipal(PLATFORM_ADMIN,
                        Map.of("sub", PLATFORM_ADMIN, Callers.ORGANIZATION, properties.defaultOrganizationId()),
                        AuthorityUtils.createAuthorityList("ROLE_PLATFORM_ADMIN"));
            }
            TokenHolder holder = reads.findAs(SystemCaller.of(SystemActor.AUTHENTICATION),
                            new AuthenticateToken(token), TokenHolder.class)
                    .orElseThrow(() -> new BadOpaqueTokenException("The bearer token is not known."));
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("sub", holder.memberId().toString());
            attributes.put(Callers.ORGANIZATION, holder.organizationId().value());
            attributes.put(Callers.ROLE, holder.role().name());
            attributes.put(Callers.MEMBER, holder.memberId().value());
            if (holder.candidateId() != null) {
                attributes.put(Callers.CANDIDATE, holder.candidateId().value());
            }
            return new DefaultOAuth2AuthenticatedPrincipal(holder.memberId().toString(), attributes,
                    AuthorityUtils.createAuthorityList("ROLE_" + holder.role().name()));
        };
    }

    /**
     * A URL the firewall refuses (an empty path segment, an encoded slash, {@code ..}, a bad header) is a malformed
     * request like any other: a 400 problem, not the container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems) {
        return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "malformed-request",
                "The request's URL or headers are not accepted: no empty path segments ('//'), encoded slashes, "
                        + "'..' or control characters.");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, OpaqueTokenIntrospector introspector, OidcProperties oidc,
                            Reads reads, Problems problems, RateLimitFilter rateLimit) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            if (failure instanceof BearerTokens.IdentityProviderUnavailable unavailable) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", unavailable.getMessage());
                return;
            }
            if (Unavailable.in(failure)) { // the token could not be checked: that says nothing about the token
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Unavailable.RETRY_AFTER_SECONDS));
                problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", Unavailable.DETAIL);
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"rebound\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    failure instanceof OidcPrincipals.ClaimsRejected rejected ? rejected.getMessage()
                            : "Send a valid token as 'Authorization: Bearer <token>'.");
        };
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> tokens(resourceServer, introspector, oidc, reads)
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "forbidden",
                                        "Your token does not allow this.")))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated))
                .addFilterAfter(rateLimit, BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    /**
     * Without identity providers, Rebound's own tokens exactly as ever; with them, their JWTs beside Rebound's own
     * tokens, which the same introspector still checks.
     */
    private static OAuth2ResourceServerConfigurer<HttpSecurity> tokens(
            OAuth2ResourceServerConfigurer<HttpSecurity> resourceServer, OpaqueTokenIntrospector introspector,
            OidcProperties oidc, Reads reads) {
        if (!oidc.enabled()) {
            return resourceServer.opaqueToken(opaque -> opaque.introspector(introspector));
        }
        BearerTokens tokens = BearerTokens.of(oidc, reads,
                new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector)));
        return resourceServer.authenticationManagerResolver(request -> tokens);
    }
}
