package dev.rebound.api.application.event;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** No answer came to a feedback request within the response period; the cycle for it is over. */
@Revision("1")
public record FeedbackResponseTimedOut(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        int requestNumber,
        Instant requestedAt,
        Instant timedOutAt) implements CandidateEvent {
}
