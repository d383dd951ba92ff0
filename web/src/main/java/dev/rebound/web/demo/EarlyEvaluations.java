package dev.rebound.web.demo;

import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.FeedbackReceipt;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Marks a demo evaluation {@code early} when it falls inside the cooling-off period of the feedback it judges, as a
 * client of the API would: from the {@code evaluationDueAt} the domain answered when the feedback was recorded. The
 * demo knows no cooling-off period of its own.
 */
final class EarlyEvaluations {

    private final Map<FeedbackPointId, Instant> evaluationDueAt = new HashMap<>();

    /** Remembers when the points of recorded feedback may be evaluated. */
    void recorded(RecordFeedback command, FeedbackReceipt receipt) {
        command.points().forEach(point -> evaluationDueAt.put(point.pointId(), receipt.evaluationDueAt()));
    }

    /** The evaluation, marked early when it comes before the cooling-off period of any point it judges ends. */
    EvaluateFeedback marked(EvaluateFeedback evaluation) {
        boolean early = evaluation.points().stream().map(PointEvaluation::pointId).map(evaluationDueAt::get)
                .anyMatch(dueAt -> dueAt != null && evaluation.evaluatedAt().isBefore(dueAt));
        return early == evaluation.early() ? evaluation : new EvaluateFeedback(evaluation.applicationId(),
                evaluation.organizationId(), evaluation.evaluatedAt(), evaluation.points(), evaluation.fitNotes(),
                early);
    }
}
