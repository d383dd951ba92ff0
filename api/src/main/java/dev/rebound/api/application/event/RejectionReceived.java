package dev.rebound.api.application.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A rejection came. {@code feedbackRequestDueAt} is when feedback should have been asked for (the domain's 24-hour
 * window after {@code receivedAt}); revision 1 lacked it.
 */
@Revision("2")
public record RejectionReceived(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Instant receivedAt,
        Stage stageReached,
        Channel channel,
        @PersonalData String reasonGiven,
        Instant feedbackRequestDueAt) implements CandidateEvent {
}
