package dev.rebound.api.applications.query;

import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/**
 * The candidates of one organization that have tracked at least one application, as {@link CandidateList}: the most
 * recently active first. Coaches see only their assigned, consenting candidates once coaches exist; this query does
 * not know about coaches.
 */
public record FindCandidates(OrganizationId organizationId) {

    public FindCandidates {
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
