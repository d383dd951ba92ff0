package dev.rebound.api.improvement.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Practice took place: a mock interview, a recorded review, a course … targeting weaknesses. */
public record LogPracticeSession(
        @TargetAggregateIdentifier ImprovementPlanId planId,
        OrganizationId organizationId,
        CandidateId candidateId,
        PracticeSessionId sessionId,
        LocalDate heldOn,
        PracticeType type,
        int minutes,
        List<String> weaknesses,
        Integer selfRating,
        String notes) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.CandidateData(organizationId, candidateId, AccessRule.Use.WRITE);
    }
}
