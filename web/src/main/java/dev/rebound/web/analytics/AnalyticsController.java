package dev.rebound.web.analytics;

import dev.rebound.api.analytics.query.FindOrganizationAnalytics;
import dev.rebound.api.analytics.query.OrganizationAnalytics;
import dev.rebound.web.security.OrganizationPath;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An organization's de-identified cohort figures; {@link OrganizationAnalytics} defines each of them. */
@RestController
class AnalyticsController {

    private static final long QUERY_TIMEOUT_SECONDS = 30;

    private final QueryGateway queries;

    AnalyticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/organizations/{organizationId}/analytics")
    OrganizationAnalytics analytics(@PathVariable UUID organizationId,
                                    @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal)
            throws InterruptedException, ExecutionException, TimeoutException {
        FindOrganizationAnalytics query =
                new FindOrganizationAnalytics(OrganizationPath.visibleTo(principal, organizationId));
        try {
            return queries.query(query, OrganizationAnalytics.class).get(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
