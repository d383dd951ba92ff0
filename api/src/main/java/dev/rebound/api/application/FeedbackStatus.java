package dev.rebound.api.application;

/**
 * Where an application stands in the feedback cycle (docs/domain.md, "Definitions the figures follow"). When
 * several apply, the first in this order wins: {@code EVALUATED}, {@code RECEIVED}, {@code DECLINED},
 * {@code TIMED_OUT}, {@code REQUESTED}, {@code NONE}.
 */
public enum FeedbackStatus {
    /** No rejection yet, or no feedback asked for. */
    NONE,
    /** Feedback was asked for and nothing came back yet. */
    REQUESTED,
    /** Feedback came back and is not evaluated yet. */
    RECEIVED,
    /** The employer declined to give feedback. */
    DECLINED,
    /** The latest request got no answer within the response period. */
    TIMED_OUT,
    /** Received feedback was evaluated. */
    EVALUATED
}
