package dev.rebound.api.application.event;

import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The employer's feedback came back; each point has its own id for the evaluation. {@code evaluationDueAt} is when
 * its cooling-off period ends: an evaluation before it is early. Revision 1 lacked it.
 */
@Revision("2")
public record FeedbackReceived(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Instant receivedAt,
        List<FeedbackPoint> points,
        FeedbackGiver giver,
        Specificity specificity,
        Instant evaluationDueAt) implements CandidateEvent {
}
