package dev.rebound.api.todo.query;

/** What a to-do item asks the candidate to do. */
public enum TodoType {
    /** Ask the employer for feedback on a rejection. */
    FEEDBACK_REQUEST_DUE,
    /** Evaluate feedback that has rested for the cooling-off period. */
    EVALUATION_DUE,
    /** Send the one polite follow-up to an unanswered feedback request. */
    FOLLOW_UP_DUE
}
