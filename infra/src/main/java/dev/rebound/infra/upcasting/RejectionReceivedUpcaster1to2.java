package dev.rebound.infra.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.application.event.RejectionReceived;

/** {@code RejectionReceived} 1 → 2: adds {@code feedbackRequestDueAt}, a day after {@code receivedAt}. */
public class RejectionReceivedUpcaster1to2 extends RevisionStepUpcaster {

    public RejectionReceivedUpcaster1to2() {
        super(RejectionReceived.class, "1", "2");
    }

    @Override
    void upcast(ObjectNode payload) {
        put(payload, "feedbackRequestDueAt",
                instant(payload, "receivedAt").plus(Revision1DueTimes.FEEDBACK_REQUEST_WINDOW));
    }
}
