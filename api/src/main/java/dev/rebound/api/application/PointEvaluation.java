package dev.rebound.api.application;

import java.util.List;

/**
 * How the candidate judged one feedback point.
 *
 * @param ringsTrue   1–5: does it match what the candidate knows of themselves; null when not given
 * @param credibility 1–5: how well placed the giver was to judge; null when not given
 * @param weaknesses  weakness-taxonomy keys the point is about ({@code communication.active-listening} …)
 */
public record PointEvaluation(
        FeedbackPointId pointId,
        Verdict verdict,
        Integer ringsTrue,
        Integer credibility,
        List<String> weaknesses) {

    public PointEvaluation {
        weaknesses = weaknesses == null ? List.of() : List.copyOf(weaknesses);
    }
}
