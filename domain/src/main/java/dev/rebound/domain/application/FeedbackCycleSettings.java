package dev.rebound.domain.application;

import java.time.Duration;
import java.util.Objects;

/**
 * The periods of the feedback cycle that an organization may tune.
 *
 * @param responseTimeout how long a feedback request waits for an answer before it counts as timed out
 * @param coolingOff      how long received feedback should rest before it is evaluated
 */
public record FeedbackCycleSettings(Duration responseTimeout, Duration coolingOff) {

    /** Career advice: ask within a day of the rejection. Fixed, because the reports define timeliness by it. */
    public static final Duration FEEDBACK_REQUEST_WINDOW = Duration.ofHours(24);

    public FeedbackCycleSettings {
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(coolingOff, "coolingOff");
        if (responseTimeout.isNegative() || responseTimeout.isZero() || coolingOff.isNegative()) {
            throw new IllegalArgumentException("responseTimeout must be positive and coolingOff not negative");
        }
    }

    /** Two weeks for an answer, a day to mull feedback over. */
    public static FeedbackCycleSettings defaults() {
        return new FeedbackCycleSettings(Duration.ofDays(14), Duration.ofHours(24));
    }
}
