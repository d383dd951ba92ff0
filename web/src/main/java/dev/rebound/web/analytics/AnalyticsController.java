package dev.rebound.web.analytics;

import dev.rebound.api.analytics.query.FindOrganizationAnalytics;
import dev.rebound.api.analytics.query.OrganizationAnalytics;
import dev.rebound.web.WebProperties;
import dev.rebound.web.query.Reads;
import dev.rebound.web.security.OrganizationPath;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * An organization's de-identified cohort figures; {@link OrganizationAnalytics} defines each of them. The query
 * carries {@code rebound.analytics.minimum-cohort}, below which figures are withheld.
 */
@RestController
@Tag(name = "Analytics", description = "An organization's de-identified cohort figures.")
class AnalyticsController {

    private final Reads reads;
    private final int minimumCohort;

    AnalyticsController(Reads reads, WebProperties properties) {
        this.reads = reads;
        this.minimumCohort = properties.analytics().minimumCohort();
    }

    @Operation(operationId = "getAnalytics", summary = "Read the organization's analytics",
            description = """
                    Cohort figures without personal data: feedback requested within 24 hours, response rate, median \
                    hours to feedback, weaknesses by competency, improvement rate, offers. No group smaller than \
                    `rebound.analytics.minimum-cohort` candidates (default 5) is described: a smaller organization \
                    gets `suppressed: true`, a `suppressedReason` and every figure null; a competency or the \
                    improvement rate built from fewer candidates is null on its own.""")
    @GetMapping("/api/v1/organizations/{organizationId}/analytics")
    OrganizationAnalytics analytics(@PathVariable UUID organizationId,
                                    @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        FindOrganizationAnalytics query =
                new FindOrganizationAnalytics(OrganizationPath.visibleTo(principal, organizationId), minimumCohort);
        return reads.answer(query, OrganizationAnalytics.class);
    }
}
