package dev.rebound.api.analytics.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organization's de-identified cohort figures (docs/domain.md, "Definitions the figures follow"). They hold
 * counts and ratios only: never a name, a free text or a candidate id. Every time is the occurred-at time the client
 * gave, never the time it was recorded (except a weakness marked addressed, see {@code improvementRate}). A rate is a
 * plain ratio between 0 and 1, not rounded.
 *
 * @param feedbackRequestedWithin24hRate rejections whose first feedback request (the one with the earliest sentAt)
 *                                       was sent at most 24 hours after the rejection was received (exactly 24 h
 *                                       still counts), divided by all rejections; a rejection never followed by a
 *                                       request counts in the divisor only. Null when there is no rejection.
 * @param feedbackResponseRate           applications with at least one feedback request and feedback received,
 *                                       divided by applications with at least one feedback request. Null when no
 *                                       feedback was requested.
 * @param medianHoursToFeedback          over the applications with at least one feedback request and feedback
 *                                       received at or after their first request: the median of the hours (a
 *                                       decimal number) from the first request's sentAt to the receivedAt of the
 *                                       first feedback received at or after it; for an even count the mean of the
 *                                       two middle values. Feedback that came before anything was asked is not an
 *                                       answer to a request, so it never makes the time negative. Null when there
 *                                       is no such application.
 * @param weaknessByCompetency           every competency of the taxonomy by its key ({@code career-development},
 *                                       {@code communication}, {@code critical-thinking}, {@code equity-inclusion},
 *                                       {@code leadership}, {@code professionalism}, {@code teamwork},
 *                                       {@code technology}, in that order) with its number of mentions: evaluated
 *                                       feedback points with verdict {@code ACCEPTED} or {@code PARTLY} tagged with a
 *                                       weakness of that competency. A point tagged with two weaknesses counts once
 *                                       for each; {@code REJECTED} points never count.
 * @param improvementRate                of the (candidate, weakness) pairs with at least one mention, the share whose
 *                                       status is {@code IMPROVING} or {@code ADDRESSED} by the one status rule of
 *                                       the read models (docs/domain.md, "Status"; a mark "addressed" is dated when it
 *                                       was recorded). Null when there is no mention.
 * @param offers                         number of offers received
 * @param rejections                     number of rejections received (at most one per application)
 * @param applications                   number of applications tracked
 * @param candidates                     number of candidates with at least one tracked application
 * @param furthestStages                 every stage by name, lowest first ({@code OTHER}, {@code SCREENING},
 *                                       {@code TECHNICAL}, {@code ONSITE}, {@code PANEL}, {@code FINAL}), with the
 *                                       number of applications whose furthest stage it is: the highest stage of the
 *                                       application's interviews and its rejection. Applications with neither an
 *                                       interview nor a rejection have no furthest stage and are not counted.
 */
public record OrganizationAnalytics(
        Double feedbackRequestedWithin24hRate,
        Double feedbackResponseRate,
        Double medianHoursToFeedback,
        Map<String, Long> weaknessByCompetency,
        Double improvementRate,
        long offers,
        long rejections,
        long applications,
        long candidates,
        Map<String, Long> furthestStages) {

    public OrganizationAnalytics {
        weaknessByCompetency = Collections.unmodifiableMap(new LinkedHashMap<>(weaknessByCompetency));
        furthestStages = Collections.unmodifiableMap(new LinkedHashMap<>(furthestStages));
    }
}
