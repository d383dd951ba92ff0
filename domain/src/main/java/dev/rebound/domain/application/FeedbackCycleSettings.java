package dev.rebound.domain.application;

import java.time.Duration;
import java.util.Objects;

/**
 * The periods of the feedback cycle that an organization may tune, and the fixed ones beside them. The defaults live
 * here and nowhere else: configuration falls back to them. The domain turns these periods into due times once, when
 * an event starts them, and puts the times on that event; a later change of a setting applies to what is recorded
 * afterwards and never moves a due time already recorded.
 *
 * @param responseTimeout how long a feedback request waits for an answer before it counts as timed out
 * @param coolingOff      how long received feedback should rest before it is evaluated
 */
public record FeedbackCycleSettings(Duration responseTimeout, Duration coolingOff) {

    /** Career advice: ask within a day of the rejection. Fixed, because the reports define timeliness by it. */
    public static final Duration FEEDBACK_REQUEST_WINDOW = Duration.ofHours(24);

    /**
     * Career advice: when a feedback request goes unanswered, follow up once, about a week later; sooner is pushy, and
     * a second follow-up is pushing an employer who may not want to answer. Fixed.
     */
    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(7);

    /** Two weeks for an answer before a request counts as timed out, unless configured otherwise. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofDays(14);

    /** A day to mull feedback over before evaluating it, unless configured otherwise. */
    public static final Duration DEFAULT_COOLING_OFF = Duration.ofHours(24);

    public FeedbackCycleSettings {
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(coolingOff, "coolingOff");
        if (responseTimeout.isNegative() || responseTimeout.isZero() || coolingOff.isNegative()) {
            throw new IllegalArgumentException("responseTimeout must be positive and coolingOff not negative");
        }
    }

    /** Two weeks for an answer, a day to mull feedback over. */
    public static FeedbackCycleSettings defaults() {
        return new FeedbackCycleSettings(DEFAULT_RESPONSE_TIMEOUT, DEFAULT_COOLING_OFF);
    }
}
