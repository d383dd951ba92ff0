package dev.rebound.web.security;

import dev.rebound.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An id in a path must be exactly a UUID, or the request is a 400 before anything else happens: Spring's conversion
 * would trim {@code " <id>"} into a valid id, and an id spelled in several ways is an id that some check might read
 * one way and a handler another. This is input validation, not an access decision: who may do what is decided by the
 * access policy on every command and query (infra's {@code MessageAccessPolicy}).
 */
@Component
class CanonicalPathIds implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/candidates/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = Optional.ofNullable(
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .orElse(Map.of());
        path.forEach((name, value) -> {
            if (name.endsWith("Id") && !isUuid(value)) {
                throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                        Problems.badParameter(name, value, UUID.class.getSimpleName()), null);
            }
        });
        return true;
    }

    /** Exactly the 36 characters of a UUID: no padding, no short forms that {@link UUID#fromString} also takes. */
    static boolean isUuid(String value) {
        return value != null && CANONICAL_UUID.matcher(value).matches();
    }
}
