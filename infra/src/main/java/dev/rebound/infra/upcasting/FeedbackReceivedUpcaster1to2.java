package dev.rebound.infra.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.application.event.FeedbackReceived;

/** {@code FeedbackReceived} 1 → 2: adds {@code evaluationDueAt}, a day after {@code receivedAt}. */
public class FeedbackReceivedUpcaster1to2 extends RevisionStepUpcaster {

    public FeedbackReceivedUpcaster1to2() {
        super(FeedbackReceived.class, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        put(payload, "evaluationDueAt", instant(payload, "receivedAt").plus(Revision1DueTimes.COOLING_OFF));
    }
}
