package dev.rebound.api.applications.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.OrganizationId;

import dev.rebound.api.common.CandidateId;
import java.util.Objects;
import java.util.Set;

/**
 * The candidates of one organization that have tracked at least one application, as {@link CandidateList}: the most
 * recently active first. With {@code only}, just those candidates (a coach's consenting candidates): that reads each
 * one's data, and the access policy allows it only when the sender sees every one of them; without, the whole
 * organization's list, for its admins.
 */
public record FindCandidates(OrganizationId organizationId, Set<CandidateId> only) implements Guarded {

    public FindCandidates {
        Objects.requireNonNull(organizationId, "organizationId");
        only = only == null ? null : Set.copyOf(only);
    }

    /** The whole organization's list. */
    public FindCandidates(OrganizationId organizationId) {
        this(organizationId, null);
    }

    @Override
    public AccessRule accessRule() {
        return only == null
                ? new AccessRule.OrganizationData(organizationId, AccessRule.OrganizationUse.ADMINISTER)
                : new AccessRule.CandidatesData(organizationId, only);
    }
}
