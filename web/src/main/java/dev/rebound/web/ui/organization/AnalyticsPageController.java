package dev.rebound.web.ui.organization;

import dev.rebound.api.analytics.query.FindOrganizationAnalytics;
import dev.rebound.api.analytics.query.OrganizationAnalytics;
import dev.rebound.api.catalogue.Competency;
import dev.rebound.web.WebProperties;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organization's de-identified cohort figures, with the weaknesses by competency and the stages reached; the
 * reason instead of figures when the cohort is smaller than {@code rebound.analytics.minimum-cohort}, and "withheld"
 * for a competency described by fewer candidates.
 */
@Controller
class AnalyticsPageController {

    private final Reads reads;
    private final int minimumCohort;

    AnalyticsPageController(Reads reads, WebProperties properties) {
        this.reads = reads;
        this.minimumCohort = properties.analytics().minimumCohort();
    }

    @GetMapping("/organization/analytics")
    String analytics(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal, Model model) {
        model.addAttribute("analytics", reads.answer(new FindOrganizationAnalytics(
                Callers.of(principal).organizationId(), minimumCohort), OrganizationAnalytics.class));
        Map<String, String> competencies = Arrays.stream(Competency.values())
                .collect(Collectors.toMap(Competency::key, Competency::label));
        model.addAttribute("competencyLabels", competencies);
        model.addAttribute("minimumCohort", minimumCohort);
        return "organization/analytics";
    }
}
