package dev.rebound.api.application.event;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A day has passed since the rejection and no feedback was asked for yet: the moment to ask is now. */
@Revision("1")
public record FeedbackRequestDue(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Instant rejectedAt,
        Instant dueAt) implements CandidateEvent {
}
