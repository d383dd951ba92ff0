package dev.rebound.api.application;

import java.time.Instant;
import java.util.List;

/**
 * What recording received feedback answers.
 *
 * @param pointIds        the ids of the points recorded, in the order given
 * @param evaluationDueAt when the feedback's cooling-off period ends; an evaluation before it must be marked early
 */
public record FeedbackReceipt(List<FeedbackPointId> pointIds, Instant evaluationDueAt) {

    public FeedbackReceipt {
        pointIds = List.copyOf(pointIds);
    }
}
