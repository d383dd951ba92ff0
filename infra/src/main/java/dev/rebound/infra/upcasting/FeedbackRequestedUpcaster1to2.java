package dev.rebound.infra.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.application.event.FeedbackRequested;

import java.time.Instant;

/**
 * {@code FeedbackRequested} 1 → 2: adds {@code responseDueAt} (two weeks after {@code sentAt}) and
 * {@code followUpDueAt} (a week after the first request; none after the second, which was the one follow-up).
 */
public class FeedbackRequestedUpcaster1to2 extends RevisionStepUpcaster {

    public FeedbackRequestedUpcaster1to2() {
        super(FeedbackRequested.class, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        Instant sentAt = instant(payload, "sentAt");
        put(payload, "responseDueAt", sentAt.plus(Revision1DueTimes.RESPONSE_TIMEOUT));
        boolean first = payload.path("requestNumber").asInt() == 1;
        put(payload, "followUpDueAt", first ? sentAt.plus(Revision1DueTimes.FOLLOW_UP_AFTER) : null);
    }
}
