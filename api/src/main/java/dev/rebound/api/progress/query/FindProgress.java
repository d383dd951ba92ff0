package dev.rebound.api.progress.query;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** A candidate's progress per month, newest month first. */
public record FindProgress(OrganizationId organizationId, CandidateId candidateId) {

    public FindProgress {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }
}
