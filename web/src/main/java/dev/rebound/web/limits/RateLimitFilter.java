package dev.rebound.web.limits;

import dev.rebound.web.WebProperties;
import dev.rebound.web.problem.ErrorPages;
import dev.rebound.web.problem.Problems;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Limits the calls under {@code /api/} per caller with a token bucket ({@code rebound.api.rate-limit.*}): at most
 * {@code capacity} calls in a burst, then {@code refill-per-minute} calls a minute. The caller is whom the token
 * stands for — the member of a personal access token (so all of a member's tokens share one allowance, and issuing
 * another token does not reset it), the platform admin for the bootstrap token, a token's subject otherwise; the
 * token itself is never kept. A call over the limit is answered 429 with {@code Retry-After} (whole seconds until
 * the next call is allowed); every other call carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}.
 *
 * <p>The UI's signed-in requests share the allowance ({@link #forUi}); the sign-in itself is limited per client
 * address ({@link SignInAttempts}).
 *
 * <p>It runs inside the API's security filter chain, right after the bearer token was checked: a call without a
 * valid token is answered 401 there and counts against nobody, and a refused call reaches neither the
 * {@code Idempotency-Key} store nor a handler. That is why it is not also registered as a servlet filter of its own.
 */
@Component
public class RateLimitFilter extends OncePerRequestFilter {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";

    private final WebProperties.RateLimit limit;
    private final CallerBuckets buckets;
    private final Problems problems;

    private final ErrorPages pages;

    RateLimitFilter(WebProperties properties, Problems problems, ErrorPages pages) {
        this.limit = properties.api().rateLimit();
        this.buckets = new CallerBuckets(limit, TimeMeter.SYSTEM_NANOTIME);
        this.problems = problems;
        this.pages = pages;
    }

    /** Only the API's security filter chain runs this filter (it adds it itself), never the servlet container. */
    @Bean
    static FilterRegistrationBean<RateLimitFilter> rateLimitFilterOnlyInTheApiSecurityChain(RateLimitFilter filter) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limit.enabled() || !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response); // refused with 401 further on
            return;
        }
        ConsumptionProbe probe = buckets.take(caller.getName());
        response.setHeader(LIMIT, Long.toString(limit.capacity()));
        response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = seconds(probe.getNanosToWaitForRefill());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String detail = "Too many calls: each caller may make " + limit.capacity() + " at once and "
                + limit.refillPerMinute() + " a minute; retry after " + seconds + " s.";
        if (ErrorPages.wantsPage(request, ApiRequests.isApi(request))) {
            pages.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail);
        } else {
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", detail);
        }
    }

    /** Whole seconds, at least one, until a wait of so many nanoseconds is over: what {@code Retry-After} says. */
    static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /**
     * The same allowance for the UI's security filter chain: a signed-in person's pages, forms, fragments and live
     * streams count against their member's allowance (shared with their API calls), static files do not. A refused
     * page is the UI's error page, a refused fragment or stream a problem; both with {@code Retry-After}.
     */
    public OncePerRequestFilter forUi(String... staticFiles) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher exempt = new OrRequestMatcher(Arrays.stream(staticFiles)
                .map(pattern -> (RequestMatcher) paths.matcher(pattern)).toList());
        RateLimitFilter allowance = this;
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !limit.enabled() || exempt.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                allowance.doFilterInternal(request, response, chain);
            }
        };
    }
}
