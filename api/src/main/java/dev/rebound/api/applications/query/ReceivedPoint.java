package dev.rebound.api.applications.query;

import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.Verdict;

import java.time.Instant;

/**
 * One received feedback point, with the id an evaluation names it by.
 *
 * @param receivedAt       when the feedback it belongs to was received
 * @param evaluationDueAt  when its cooling-off period ends: an evaluation before then must be marked early
 * @param verdict          the verdict it was given; null while it is not evaluated
 */
public record ReceivedPoint(
        FeedbackPointId pointId,
        String text,
        Instant receivedAt,
        Instant evaluationDueAt,
        Verdict verdict) {
}
