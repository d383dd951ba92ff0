package dev.rebound.api.access.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.time.Instant;
import java.util.Objects;

/**
 * One page of the access log, newest first: of one candidate, or of the whole organization when {@code candidateId}
 * is null. {@code from} (inclusive) and {@code to} (exclusive) bound the time of the read; both are optional.
 */
public record FindAccessLog(
        OrganizationId organizationId,
        CandidateId candidateId,
        Instant from,
        Instant to,
        int page,
        int size) implements Guarded {

    public static final int MAX_PAGE_SIZE = 200;

    public FindAccessLog {
        Objects.requireNonNull(organizationId, "organizationId");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") lies before 'from' (" + from + ")");
        }
    }

    @Override
    public AccessRule accessRule() {
        return candidateId == null
                ? new AccessRule.OrganizationData(organizationId, AccessRule.OrganizationUse.ADMINISTER)
                : new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.ACCESS_LOG);
    }
}
