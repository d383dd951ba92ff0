package dev.rebound.projections.common;

import dev.rebound.api.improvement.WeaknessStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * The status of one candidate's weakness, as docs/domain.md defines it. One rule for every read model that shows or
 * counts it (weakness trends, organization analytics).
 *
 * <ul>
 *   <li>{@code ADDRESSED} when marked so after its last mention, or when at least three evaluations (each
 *       {@code FeedbackEvaluated}) happened after its last mention: those three do not mention it;</li>
 *   <li>otherwise {@code IMPROVING} when practice targeting it was held on or after the day of its last mention
 *       (practice has a date, not a time, so the same day counts as after);</li>
 *   <li>otherwise {@code OPEN}.</li>
 * </ul>
 * A weakness only practised, never mentioned, is {@code IMPROVING}. All times are occurred-at times, except the mark,
 * which is when it was recorded.
 */
public final class WeaknessStatusRule {

    static final int EVALUATIONS_WITHOUT_MENTION = 3;

    private WeaknessStatusRule() {
    }

    /**
     * @param lastMention       evaluated-at of its last mention; null when it was never mentioned
     * @param markedAddressedAt when it was last marked addressed; null when never
     * @param evaluationTimes   evaluated-at of every evaluation of the candidate's feedback
     * @param practiceDates     held-on dates of the practice sessions targeting it
     */
    public static WeaknessStatus statusOf(Instant lastMention, Instant markedAddressedAt,
                                          Collection<Instant> evaluationTimes, Collection<LocalDate> practiceDates) {
        if (markedAddressedAt != null && (lastMention == null || !markedAddressedAt.isBefore(lastMention))) {
            return WeaknessStatus.ADDRESSED;
        }
        if (lastMention == null) {
            return practiceDates.isEmpty() ? WeaknessStatus.OPEN : WeaknessStatus.IMPROVING;
        }
        long laterEvaluations = evaluationTimes.stream().filter(time -> time.isAfter(lastMention)).count();
        if (laterEvaluations >= EVALUATIONS_WITHOUT_MENTION) {
            return WeaknessStatus.ADDRESSED;
        }
        LocalDate dayOfLastMention = LocalDate.ofInstant(lastMention, ZoneOffset.UTC);
        boolean practisedSince = practiceDates.stream().anyMatch(day -> !day.isBefore(dayOfLastMention));
        return practisedSince ? WeaknessStatus.IMPROVING : WeaknessStatus.OPEN;
    }
}
