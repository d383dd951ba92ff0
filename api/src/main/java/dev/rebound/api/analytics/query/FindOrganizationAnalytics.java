package dev.rebound.api.analytics.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/**
 * The cohort figures of one organization, computed from everything its candidates recorded so far.
 *
 * <p>The sender says how small a group may be described ({@code rebound.analytics.minimum-cohort} in the web module):
 * the read model takes no setting of its own (decision 0013), and the rule is one of disclosure, applied when the
 * figures are asked for, so a changed minimum never needs a replay.
 *
 * @param organizationId whose figures
 * @param minimumCohort  the fewest candidates a figure may describe, at least 1; {@link OrganizationAnalytics} says
 *                       which group each figure describes and what is withheld below it
 */
public record FindOrganizationAnalytics(OrganizationId organizationId, int minimumCohort) implements Guarded {

    public FindOrganizationAnalytics {
        Objects.requireNonNull(organizationId, "organizationId");
        if (minimumCohort < 1) {
            throw new IllegalArgumentException("minimumCohort must be at least 1, was " + minimumCohort);
        }
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.OrganizationData(organizationId, AccessRule.OrganizationUse.ANALYTICS);
    }
}
