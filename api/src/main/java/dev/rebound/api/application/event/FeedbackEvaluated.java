package dev.rebound.api.application.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The candidate judged feedback point by point; {@code early} when it was before the cooling-off period ended. */
@Revision("1")
public record FeedbackEvaluated(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Instant evaluatedAt,
        List<PointEvaluation> points,
        @PersonalData String fitNotes,
        boolean early) implements CandidateEvent {
}
