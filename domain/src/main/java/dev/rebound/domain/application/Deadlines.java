package dev.rebound.domain.application;

import java.time.Instant;

/** Names and payloads of the deadlines an application schedules. Payloads are stored until the deadline fires. */
final class Deadlines {

    static final String FEEDBACK_REQUEST_DUE = "feedback-request-due";
    static final String FEEDBACK_RESPONSE_TIMEOUT = "feedback-response-timeout";
    static final String EVALUATION_DUE = "evaluation-due";

    private Deadlines() {
    }

    /** The day after a rejection in which feedback should be asked for. */
    record RequestWindow(Instant rejectedAt, Instant endsAt) {
    }

    /** The time a feedback request waits for an answer. */
    record ResponseWindow(int requestNumber, Instant requestedAt, Instant endsAt) {
    }

    /** The cooling-off period after one receipt of feedback. */
    record CoolingOff(int feedbackNumber, Instant receivedAt, Instant endsAt) {
    }
}
