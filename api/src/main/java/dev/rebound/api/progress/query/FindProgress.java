package dev.rebound.api.progress.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** A candidate's progress per month, newest month first. */
public record FindProgress(OrganizationId organizationId, CandidateId candidateId) implements Guarded {

    public FindProgress {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.READ);
    }
}
