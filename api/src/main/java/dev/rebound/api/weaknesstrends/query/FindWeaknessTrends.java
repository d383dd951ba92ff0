package dev.rebound.api.weaknesstrends.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;

import java.util.Objects;

/** Every weakness a candidate has a mention of or has practised, heaviest first. */
public record FindWeaknessTrends(OrganizationId organizationId, CandidateId candidateId) implements Guarded {

    public FindWeaknessTrends {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(candidateId, "candidateId");
    }

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.READ);
    }
}
