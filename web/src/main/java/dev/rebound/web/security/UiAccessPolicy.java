package dev.rebound.web.security;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.Optional;

/**
 * Who may open which page of the UI, with the API's decisions: a candidate's pages follow {@link AccessPolicy} (their
 * own, a consenting assigned coach's, their organization's admin's; a coach only reads the dashboard, and an
 * application's pages must be of that candidate; the privacy page is the candidate's and their admins'), the
 * organization's pages follow {@link UiPages}. Anything else is the UI's "not found" page, as in the API; a coach's
 * form is refused with the API's words.
 */
@Component
class UiAccessPolicy implements HandlerInterceptor, WebMvcConfigurer {

    private final AccessPolicy policy;

    UiAccessPolicy(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/candidates", "/candidates/**", "/coach", "/organization/**",
                "/tone-check");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal)) {
            return true; // the UI's security chain has sent the browser to the sign-in already
        }
        Caller caller = Caller.of(principal);
        @SuppressWarnings("unchecked")
        Map<String, String> path = Optional.ofNullable(
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .orElse(Map.of());
        String candidateId = path.get("candidateId");
        if (candidateId == null) {
            AccessPolicy.require(UiPages.mayOpen(caller, request.getRequestURI()
                    .substring(request.getContextPath().length())));
            return true;
        }
        if (!AccessPolicy.isUuid(candidateId)) {
            return true; // the page answers "not found" itself
        }
        CandidateId candidate = CandidateId.parse(candidateId);
        String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        policy.allowCandidate(caller, candidate, "GET".equals(request.getMethod()) && reading(request, candidateId),
                method + " " + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        String applicationId = path.get("applicationId");
        if (applicationId != null && AccessPolicy.isUuid(applicationId)) {
            policy.requireApplicationOf(caller, candidate, ApplicationId.parse(applicationId));
        }
        return true;
    }

    /**
     * The dashboard, its live parts and the privacy page (the access log; its erasure form is a page of its own to
     * the access policy, {@code POST .../privacy/erase}) only read; a form, even shown empty, is there to record.
     */
    private static boolean reading(HttpServletRequest request, String candidateId) {
        String dashboard = request.getContextPath() + UiPages.CANDIDATES + "/" + candidateId;
        String uri = request.getRequestURI();
        return uri.equals(dashboard) || uri.startsWith(dashboard + "/live/") || uri.equals(dashboard + "/privacy");
    }
}
