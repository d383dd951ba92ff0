package dev.rebound.api.applications.query;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.EmployerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One application and where it stands in the feedback cycle.
 *
 * @param appliedOn        the day the candidate applied; null when not given
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
        Instant rejectedAt,
        int feedbackRequests,
        boolean feedbackDeclined,
        Instant offerReceivedAt,
        List<ReceivedPoint> points) {

    public ApplicationSummary {
        points = List.copyOf(points);
    }
}
