package dev.rebound.web.limits;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * Whether a request goes to the API, judged on its path as Spring MVC will match it (percent-decoded, without
 * {@code ;} parameters, double slashes made single), not on the raw URI: {@code /%61pi/…} reaches the API's
 * handlers, so it must meet the API's limits too.
 */
public final class ApiRequests {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).startsWith("/api/");
    }
}
