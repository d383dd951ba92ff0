package dev.rebound.api.improvement.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.PracticeSessionId;
import dev.rebound.api.improvement.ImprovementPlanId;
import dev.rebound.api.improvement.PracticeType;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Practice took place, targeting the listed weaknesses. */
@Revision("1")
public record PracticeSessionLogged(
        ImprovementPlanId planId,
        OrganizationId organizationId,
        CandidateId candidateId,
        PracticeSessionId sessionId,
        LocalDate heldOn,
        PracticeType type,
        int minutes,
        List<String> weaknesses,
        Integer selfRating,
        @PersonalData String notes) implements CandidateEvent {
}
