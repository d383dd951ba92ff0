package dev.rebound.api.application;

import dev.rebound.api.common.ToneWarning;

import java.util.List;

/**
 * What recording a feedback request answers.
 *
 * @param requestNumber        1 for the request, 2 for the one follow-up allowed
 * @param withinDayOfRejection whether the first request went out at most 24 hours after the rejection
 * @param toneWarnings         phrases in the candidate's own questions that may hurt the relationship
 */
public record FeedbackRequestReceipt(int requestNumber, boolean withinDayOfRejection, List<ToneWarning> toneWarnings) {
}
