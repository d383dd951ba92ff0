package dev.rebound.api.weaknesstrends.query;

import dev.rebound.api.improvement.WeaknessStatus;

import java.time.Instant;
import java.util.List;

/**
 * One weakness of one candidate (docs/domain.md, "Definitions the figures follow").
 *
 * @param key               taxonomy key, e.g. {@code communication.active-listening}
 * @param competency        the competency's key, e.g. {@code communication}
 * @param competencyLabel   the competency's name for people, e.g. {@code Communication}; null for a key outside the
 *                          standard taxonomy
 * @param mentions          accepted or partly accepted feedback points tagged with it
 * @param distinctEmployers employers whose feedback mentioned it
 * @param recurring         mentioned in feedback of two or more employers
 * @param weightedScore     sum over mentions of (credibility/5)×(ringsTrue/5)×(1 if accepted, ½ if partly); a
 *                          missing score counts as 3
 * @param firstSeen         evaluated-at of its earliest mention; null when only practised
 * @param lastSeen          evaluated-at of its latest mention; null when only practised
 * @param practiceMinutes   minutes of the practice sessions that targeted it
 * @param monthly           mentions per month (UTC, of evaluated-at), oldest first; months without one are left out
 */
public record WeaknessTrend(
        String key,
        String competency,
        String competencyLabel,
        int mentions,
        int distinctEmployers,
        boolean recurring,
        double weightedScore,
        Instant firstSeen,
        Instant lastSeen,
        int practiceMinutes,
        WeaknessStatus status,
        List<MonthlyMentions> monthly) {

    public WeaknessTrend {
        monthly = List.copyOf(monthly);
    }
}
