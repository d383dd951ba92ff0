package dev.rebound.web.security;

import dev.rebound.web.WebProperties;
import dev.rebound.web.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Map;

/**
 * Every {@code /api/**} call needs {@code Authorization: Bearer <token>}; only health is public. For now the one
 * token is the platform admin's bootstrap token; personal access tokens and OIDC come with organizations.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String PLATFORM_ADMIN = "platform-admin";

    @Bean
    BootstrapToken bootstrapToken(WebProperties properties) {
        return BootstrapToken.resolve(properties);
    }

    @Bean
    OpaqueTokenIntrospector tokenIntrospector(BootstrapToken bootstrapToken, WebProperties properties) {
        return token -> {
            if (!bootstrapToken.matches(token)) {
                throw new BadOpaqueTokenException("The bearer token is not known.");
            }
            return new DefaultOAuth2AuthenticatedPrincipal(PLATFORM_ADMIN,
                    Map.of("sub", PLATFORM_ADMIN, Caller.ORGANIZATION, properties.defaultOrganizationId()),
                    AuthorityUtils.createAuthorityList("ROLE_PLATFORM_ADMIN"));
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, OpaqueTokenIntrospector introspector, Problems problems)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"rebound\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Send a valid token as 'Authorization: Bearer <token>'.");
        };
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .opaqueToken(opaque -> opaque.introspector(introspector))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "forbidden",
                                        "Your token does not allow this.")))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(Customizer.withDefaults())
                .build();
    }
}
