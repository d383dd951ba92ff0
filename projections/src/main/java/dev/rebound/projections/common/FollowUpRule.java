package dev.rebound.projections.common;

import java.time.Duration;
import java.time.Instant;

/**
 * When the one polite follow-up to an unanswered feedback request is due. One rule for the to-do list and the
 * employer relationships, so that both show the same date.
 *
 * <p>A follow-up is open from the application's first feedback request until a second request (that is the
 * follow-up), feedback or a decline arrives. While the employer is marked do-not-contact it is hidden, not closed:
 * lifting the mark shows it again with its original due date.
 */
public final class FollowUpRule {

    /**
     * Career advice: when a feedback request goes unanswered, follow up once, about a week later; sooner is pushy, and
     * a second follow-up is pushing an employer who may not want to answer (the domain allows two requests at most).
     */
    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(7);

    private FollowUpRule() {
    }

    /**
     * @param firstRequestSentAt sent-at of the application's first feedback request; null when none
     * @param latestRequest      the highest request number so far (1 or 2); 0 when none
     * @return when the follow-up is due, or null when none is open or it is hidden by do-not-contact
     */
    public static Instant dueAt(Instant firstRequestSentAt, int latestRequest, boolean feedbackReceived,
                                boolean feedbackDeclined, boolean doNotContact) {
        boolean open = firstRequestSentAt != null && latestRequest < 2 && !feedbackReceived && !feedbackDeclined;
        return open && !doNotContact ? firstRequestSentAt.plus(FOLLOW_UP_AFTER) : null;
    }
}
