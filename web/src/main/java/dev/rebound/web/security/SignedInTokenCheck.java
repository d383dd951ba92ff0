package dev.rebound.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a UI session's token again on every request, exactly as the sign-in and every API call do (the same
 * {@code OpaqueTokenIntrospector}, so the same {@code AuthenticateToken} query for personal access tokens). A token
 * revoked since the sign-in ends the session at the next click: the session is invalidated, the new signed-out one
 * remembers why ({@link SessionEnd}, which the sign-in page says once) and the browser is sent to
 * {@code /sign-in?expired} (an htmx request gets {@code HX-Redirect} there); after signing in again, the page asked
 * for comes back.
 *
 * <p>There is no cache: each page, form or htmx request costs one lookup by the token's hash. Static files are not
 * checked. A live stream that is already open (server-sent events) is not cut; the page's next request ends it.
 */
final class SignedInTokenCheck extends OncePerRequestFilter {

    static final String EXPIRED = "/sign-in?expired";

    private final AuthenticationManager tokens;
    private final RequestCache savedPages;
    private final RequestMatcher staticFiles;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignedInTokenCheck(AuthenticationManager tokens, RequestCache savedPages, String... staticFiles) {
        this.tokens = tokens;
        this.savedPages = savedPages;
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        this.staticFiles = new OrRequestMatcher(Arrays.stream(staticFiles)
                .map(pattern -> (RequestMatcher) paths.matcher(pattern)).toList());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return staticFiles.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        Optional<SessionEnd> ended = authentication instanceof SignedInToken signedIn ? ended(signedIn)
                : Optional.empty();
        if (ended.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        holder.clearContext();
        ended.get().rememberIn(request);
        savedPages.saveRequest(request, response);
        String signIn = request.getContextPath() + EXPIRED;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", signIn);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        } else {
            response.sendRedirect(signIn);
        }
    }

    /** Why the session must end; empty while its token is still valid. */
    private Optional<SessionEnd> ended(SignedInToken signedIn) {
        if (signedIn.token() == null) {
            return Optional.of(SessionEnd.TOKEN_FORGOTTEN);
        }
        try {
            tokens.authenticate(new BearerTokenAuthenticationToken(signedIn.token()));
            return Optional.empty();
        } catch (AuthenticationServiceException unavailable) {
            throw unavailable; // the check itself failed: that says nothing about the token
        } catch (AuthenticationException revoked) {
            return Optional.of(SessionEnd.TOKEN_REVOKED);
        }
    }
}
