package dev.rebound.api.applications.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** One page of a candidate's applications, as {@link ApplicationPage}: the most recently tracked first. */
public record FindApplicationPage(OrganizationId organizationId, CandidateId candidateId, int page, int size) implements Guarded {

    public static final int MAX_PAGE_SIZE = 200;

    public FindApplicationPage {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.READ);
    }
}
