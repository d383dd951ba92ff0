package dev.rebound.web.security;

import dev.rebound.api.common.NotFound;
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
 * Who may open which page of the UI that is not one candidate's: the organization's pages follow {@link UiPages};
 * anything else is the UI's "not found" page, as in the API. A candidate's pages (their dashboard, forms and privacy
 * page, and an application's pages, which must be that candidate's) are decided, and their reads recorded, by
 * {@link AccessPolicy} with the API's rules.
 */
@Component
class UiAccessPolicy implements HandlerInterceptor, WebMvcConfigurer {

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
        @SuppressWarnings("unchecked")
        Map<String, String> path = Optional.ofNullable(
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .orElse(Map.of());
        if (!path.containsKey("candidateId")) {
            // the page Spring matched (its pattern, on the decoded path), never the raw URI; none matched, no access
            String page = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            if (page == null || !UiPages.mayOpen(Callers.of(principal), page)) {
                throw new NotFound("No such page, or it is not for you.");
            }
        }
        return true;
    }
}
