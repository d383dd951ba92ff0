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
 * <p><b>No group smaller than the minimum cohort</b> ({@link FindOrganizationAnalytics#minimumCohort()}, set by
 * {@code rebound.analytics.minimum-cohort}) is described, so that no one can be singled out:
 * <ul>
 *     <li>The <em>cohort</em> is the organization's candidates with at least one tracked application: every figure
 *     is computed from their applications and what followed them. A cohort smaller than the minimum gives a
 *     {@link #withheld withheld} answer: {@code suppressed} true, the reason, and every figure null (counts and maps
 *     included; even the cohort's size is not told).</li>
 *     <li>Inside a described cohort, the weakness figures describe groups of candidates of their own, by their
 *     definitions: an entry of {@code weaknessByCompetency} describes the candidates mentioned in that competency,
 *     and {@code improvementRate} the candidates with at least one mention (it is taken over (candidate, weakness)
 *     pairs). Such a figure built from at least one but fewer than the minimum candidates is withheld on its own
 *     (null); a competency no one was mentioned in stays 0, which describes no one.</li>
 *     <li>The other figures are defined over the cohort's applications, rejections and requests, not over a group
 *     of candidates chosen by a trait, and are shown whenever the cohort is.</li>
 * </ul>
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
 *                                       for each; {@code REJECTED} points never count. An entry whose mentions come
 *                                       from fewer candidates than the minimum cohort (but at least one) is null.
 * @param improvementRate                of the (candidate, weakness) pairs with at least one mention, the share whose
 *                                       status is {@code IMPROVING} or {@code ADDRESSED} by the one status rule of
 *                                       the read models (docs/domain.md, "Status"; a mark "addressed" is dated when it
 *                                       was recorded). Null when there is no mention, or when fewer candidates than
 *                                       the minimum cohort have one.
 * @param offers                         number of offers received
 * @param rejections                     number of rejections received (at most one per application)
 * @param applications                   number of applications tracked
 * @param candidates                     number of candidates with at least one tracked application
 * @param furthestStages                 every stage by name, lowest first ({@code OTHER}, {@code SCREENING},
 *                                       {@code TECHNICAL}, {@code ONSITE}, {@code PANEL}, {@code FINAL}), with the
 *                                       number of applications whose furthest stage it is: the highest stage of the
 *                                       application's interviews and its rejection. Applications with neither an
 *                                       interview nor a rejection have no furthest stage and are not counted.
 * @param suppressed                     whether the cohort is smaller than the minimum, so that every figure above is
 *                                       withheld (null)
 * @param suppressedReason               when suppressed, why, for a person to read (it names the minimum); else null
 */
public record OrganizationAnalytics(
        Double feedbackRequestedWithin24hRate,
        Double feedbackResponseRate,
        Double medianHoursToFeedback,
        Map<String, Long> weaknessByCompetency,
        Double improvementRate,
        Long offers,
        Long rejections,
        Long applications,
        Long candidates,
        Map<String, Long> furthestStages,
        boolean suppressed,
        String suppressedReason) {

    public OrganizationAnalytics {
        weaknessByCompetency = weaknessByCompetency == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(weaknessByCompetency));
        furthestStages = furthestStages == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(furthestStages));
    }

    /**
     * The answer for a cohort smaller than {@code minimumCohort}: no figure at all, only the reason. At a minimum of 1
     * only an organization without candidates is below it, and the reason says so.
     */
    public static OrganizationAnalytics withheld(int minimumCohort) {
        String reason = minimumCohort <= 1 ? "No candidate has tracked an application yet: there are no figures."
                : "Fewer than " + minimumCohort
                        + " candidates: figures are withheld so that no one can be singled out.";
        return new OrganizationAnalytics(null, null, null, null, null, null, null, null, null, null, true, reason);
    }
}
