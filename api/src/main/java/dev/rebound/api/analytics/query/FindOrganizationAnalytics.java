package dev.rebound.api.analytics.query;

import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** The cohort figures of one organization, computed from everything its candidates recorded so far. */
public record FindOrganizationAnalytics(OrganizationId organizationId) {

    public FindOrganizationAnalytics {
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
