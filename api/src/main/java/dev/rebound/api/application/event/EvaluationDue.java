package dev.rebound.api.application.event;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The cooling-off period after received feedback ended: time to evaluate it. */
@Revision("1")
public record EvaluationDue(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Instant receivedAt,
        Instant dueAt) implements CandidateEvent {
}
