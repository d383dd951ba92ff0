package dev.rebound.api.employerrelationships.query;

import dev.rebound.api.application.FeedbackStatus;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.Stage;

import java.time.Instant;

/**
 * One candidate's relationship with one employer.
 *
 * @param applications    how many applications to this employer were tracked
 * @param furthestStage   the highest stage of all its applications' interviews and rejections; null when none
 * @param feedbackStatus  that of the employer's latest application (the one tracked last)
 * @param lastContactAt   the latest occurred-at time of an employer contact; null when none
 * @param thankYouSent    whether an outbound thank-you was logged
 * @param nextFollowUpDue when the earliest open feedback follow-up is due; null when none (or do-not-contact)
 * @param contacts        employer contacts as the audit counts them: every feedback request and every logged contact
 */
public record EmployerRelationshipEntry(
        EmployerId employerId,
        String employerName,
        int applications,
        Stage furthestStage,
        FeedbackStatus feedbackStatus,
        Instant lastContactAt,
        boolean thankYouSent,
        Instant nextFollowUpDue,
        boolean doNotContact,
        int contacts) {
}
