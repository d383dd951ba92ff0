package dev.rebound.api.timeline.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;

import java.time.Instant;
import java.util.Objects;

/**
 * One page of a candidate's timeline, newest first. Every filter is optional: {@code from}/{@code to} bound the
 * occurred-at time (inclusive), {@code asOf} leaves out what was recorded after that instant, {@code type} is an
 * event name such as {@code RejectionReceived}.
 */
public record FindTimeline(
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        String type,
        Instant from,
        Instant to,
        Instant asOf,
        int page,
        int size) implements Guarded {

    public static final int MAX_PAGE_SIZE = 200;

    public FindTimeline {
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
