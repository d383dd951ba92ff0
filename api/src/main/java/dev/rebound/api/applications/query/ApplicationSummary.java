package dev.rebound.api.applications.query;

import dev.rebound.api.application.FeedbackStatus;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One application and where it stands in the feedback cycle.
 *
 * @param appliedOn        the day the candidate applied; null when not given
 * @param source           where the candidate found the role, as they gave it; null when not given
 * @param furthestStage    the furthest stage of its interviews and its rejection; null while none is recorded
 * @param status           whether it is open, rejected or ended in an offer
 * @param feedbackStatus   where it stands in the feedback cycle (the rule every read model shares)
 * @param rejectedAt       when the rejection was received; null while there is none
 * @param feedbackRequests how many feedback requests were sent (at most two)
 * @param feedbackDeclined whether the employer declined to give feedback
 * @param offerReceivedAt  when an offer was received; null while there is none
 * @param points           every feedback point received, in the order received
 */
public record ApplicationSummary(
        ApplicationId applicationId,
        EmployerId employerId,
        String employerName,
        String roleTitle,
        LocalDate appliedOn,
        String source,
        Stage furthestStage,
        ApplicationStatus status,
        FeedbackStatus feedbackStatus,
        Instant rejectedAt,
        int feedbackRequests,
        boolean feedbackDeclined,
        Instant offerReceivedAt,
        List<ReceivedPoint> points) {

    public ApplicationSummary {
        points = List.copyOf(points);
    }
}
