package dev.rebound.api.analytics.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** The cohort figures of one organization, computed from everything its candidates recorded so far. */
public record FindOrganizationAnalytics(OrganizationId organizationId) implements Guarded {

    public FindOrganizationAnalytics {
        Objects.requireNonNull(organizationId, "organizationId");
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.OrganizationData(organizationId, AccessRule.OrganizationUse.ANALYTICS);
    }
}
