package dev.rebound.api.application.event;

import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.ToneWarning;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Feedback was asked for. {@code requestNumber} is 1 or 2; timeliness and tone warnings are recorded with it.
 * {@code responseDueAt} is when the request counts as unanswered; {@code followUpDueAt} is when the one polite
 * follow-up is due, or null when none may follow (the second request is that follow-up). Revision 1 lacked both.
 */
@Revision("2")
public record FeedbackRequested(
        ApplicationId applicationId,
        OrganizationId organizationId,
        CandidateId candidateId,
        EmployerId employerId,
        Instant sentAt,
        Channel channel,
        @PersonalData String contactName,
        List<RequestedQuestion> questions,
        int requestNumber,
        Instant rejectedAt,
        boolean withinDayOfRejection,
        List<ToneWarning> toneWarnings,
        Instant responseDueAt,
        Instant followUpDueAt) implements CandidateEvent {
}
