package dev.rebound.web.availability;

import dev.rebound.web.limits.ApiRequests;
import dev.rebound.web.problem.ErrorPages;
import dev.rebound.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The outermost filter: a failure that means the database (or a read model) cannot be reached now ({@link
 * Unavailable}) is answered 503 with {@code Retry-After}, on every path, wherever it happened — in the security
 * filters' token check, the access policy, a handler, a view — instead of escaping to the servlet container as a 500.
 * The API (and anything not asking for HTML) gets a problem, a browser the UI's error page. Spring MVC's advice answers
 * failures inside handlers the same way; this catches the rest, above all the token checks, which run before Spring
 * MVC.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnavailableFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailableFilter.class);

    private final Problems problems;
    private final ErrorPages pages;

    UnavailableFilter(Problems problems, ErrorPages pages) {
        this.problems = problems;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!Unavailable.in(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warn("Answered 503: the database cannot be reached ({})", rootMessage(failure));
            response.reset();
            write(request, response);
        }
    }

    /** The 503 itself: a problem for the API and for programs, the UI's error page for a browser. */
    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Unavailable.RETRY_AFTER_SECONDS));
        if (ErrorPages.wantsPage(request, ApiRequests.isApi(request))) {
            pages.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Please try again shortly", Unavailable.DETAIL);
        } else {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", Unavailable.DETAIL);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
