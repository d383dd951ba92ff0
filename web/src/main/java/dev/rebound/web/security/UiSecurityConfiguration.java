package dev.rebound.web.security;

import dev.rebound.web.limits.RateLimitFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import java.util.List;

/**
 * The server-rendered UI: its own filter chain, in front of the API's, for the UI's paths only. A person signs in once
 * with a token (checked by the same introspector as the API's bearer tokens) and is then known by an HTTP session,
 * whose token {@link SignedInTokenCheck} checks again on every request; every form carries a CSRF token. Unauthenticated
 * pages redirect to {@code /sign-in}. A signed-in person's requests share their member's rate limit with the API
 * ({@link RateLimitFilter#forUi}); the sign-in is limited per client address ({@code SignInController}). Everything under
 * {@code /api/**} stays with the stateless bearer-token chain of {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    /** Every path the UI serves; anything else falls through to the API's chain. */
    static final String[] UI_PATHS = {"/", "/sign-in", "/sign-out", "/candidates", "/candidates/**", "/coach",
            "/organization/**", "/tone-check", "/css/**", "/js/**", "/webjars/**", "/favicon.ico"};
    static final String[] STATIC_UI_PATHS = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico"};
    static final String[] PUBLIC_UI_PATHS = {"/sign-in", "/css/**", "/js/**", "/webjars/**", "/favicon.ico"};

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final HttpSessionRequestCache savedPages = savedPages();

    @Bean
    UiSignIn uiSignIn(OpaqueTokenIntrospector introspector) {
        return new UiSignIn(tokens(introspector),
                new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(),
                        new CsrfAuthenticationStrategy(csrfTokens))),
                contexts, savedPages);
    }

    @Bean
    @Order(1)
    SecurityFilterChain ui(HttpSecurity http, OpaqueTokenIntrospector introspector, RateLimitFilter rateLimit)
            throws Exception {
        return http
                .securityMatcher(UI_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_UI_PATHS).permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new SignedInTokenCheck(tokens(introspector), savedPages, STATIC_UI_PATHS),
                        AnonymousAuthenticationFilter.class)
                // a signed-in person's requests count against their member's allowance, as their API calls do
                .addFilterAfter(rateLimit.forUi(STATIC_UI_PATHS), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(savedPages))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in")))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/sign-out"))
                        .logoutSuccessHandler(signedOut()))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .build();
    }

    /**
     * After signing out: the sign-in page, which says "signed out" once, as the new signed-out session remembers
     * ({@link SessionEnd}); a sign-out without a session to end says nothing.
     */
    private static LogoutSuccessHandler signedOut() {
        SimpleUrlLogoutSuccessHandler signIn = new SimpleUrlLogoutSuccessHandler();
        signIn.setDefaultTargetUrl("/sign-in?signed-out");
        return (request, response, authentication) -> {
            if (authentication != null) {
                SessionEnd.SIGNED_OUT.rememberIn(request);
            }
            signIn.onLogoutSuccess(request, response, authentication);
        };
    }

    /** Tokens checked exactly like the API's bearer tokens. */
    private static AuthenticationManager tokens(OpaqueTokenIntrospector introspector) {
        return new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector));
    }

    /**
     * Only whole pages are worth returning to after signing in: not a live stream, a fragment htmx asked for, or a
     * download.
     */
    private static HttpSessionRequestCache savedPages() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        // the sign-in answers the saved page itself, so its address needs no "?continue" marker
        cache.setMatchingRequestParameterName(null);
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        cache.setRequestMatcher(new AndRequestMatcher(
                paths.matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
                new NegatedRequestMatcher(paths.matcher("/candidates/*/live/**")),
                new NegatedRequestMatcher(paths.matcher("/organization/audit.csv"))));
        return cache;
    }
}
