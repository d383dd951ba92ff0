package dev.rebound.infra.upcasting;

import java.time.Duration;

/**
 * The periods the domain applied while the feedback-cycle events were at revision 1, before their due times were
 * stored on them (decision 0013). They describe the past: never change them, even when the domain's rules or
 * defaults change.
 */
final class Revision1DueTimes {

    /** A feedback request was due within a day of the rejection. */
    static final Duration FEEDBACK_REQUEST_WINDOW = Duration.ofHours(24);

    /** The one follow-up was due a week after the first request. */
    static final Duration FOLLOW_UP_AFTER = Duration.ofDays(7);

    /** The default response timeout then. */
    static final Duration RESPONSE_TIMEOUT = Duration.ofDays(14);

    /** The default cooling-off period then. */
    static final Duration COOLING_OFF = Duration.ofHours(24);

    private Revision1DueTimes() {
    }
}
