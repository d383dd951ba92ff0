package dev.rebound.projections.common;

import dev.rebound.api.application.FeedbackStatus;

/**
 * The feedback status of one application, as docs/domain.md defines it. One rule for every read model that shows or
 * counts it. The first that applies wins:
 *
 * <ol>
 *   <li>{@code EVALUATED} when any of its feedback was evaluated;</li>
 *   <li>{@code RECEIVED} when feedback came back;</li>
 *   <li>{@code DECLINED} when the employer declined to give feedback;</li>
 *   <li>{@code TIMED_OUT} when the latest request (by request number) timed out unanswered;</li>
 *   <li>{@code REQUESTED} when feedback was asked for;</li>
 *   <li>otherwise {@code NONE}.</li>
 * </ol>
 * Only request numbers are compared, never times: the status does not depend on when the events arrived.
 */
public final class FeedbackStatusRule {

    private FeedbackStatusRule() {
    }

    /**
     * @param latestRequest   the highest {@code requestNumber} of its {@code FeedbackRequested}; 0 when none
     * @param timedOutRequest the highest {@code requestNumber} of its {@code FeedbackResponseTimedOut}; 0 when none
     */
    public static FeedbackStatus statusOf(boolean evaluated, boolean received, boolean declined, int latestRequest,
                                          int timedOutRequest) {
        if (evaluated) {
            return FeedbackStatus.EVALUATED;
        }
        if (received) {
            return FeedbackStatus.RECEIVED;
        }
        if (declined) {
            return FeedbackStatus.DECLINED;
        }
        if (latestRequest > 0 && timedOutRequest >= latestRequest) {
            return FeedbackStatus.TIMED_OUT;
        }
        return latestRequest > 0 ? FeedbackStatus.REQUESTED : FeedbackStatus.NONE;
    }
}
