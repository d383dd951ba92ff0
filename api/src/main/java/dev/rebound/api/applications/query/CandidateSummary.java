package dev.rebound.api.applications.query;

import dev.rebound.api.common.CandidateId;

import java.time.Instant;

/**
 * One candidate as the applications read model knows them.
 *
 * @param applications   applications tracked
 * @param rejections     rejections received
 * @param offers         offers received
 * @param lastActivityAt when they were last active: the latest occurred-at time of their applications (the day they
 *                       applied, or when it was recorded if no day was given), rejections, feedback requests,
 *                       feedback, evaluations, declines and offers
 */
public record CandidateSummary(
        CandidateId candidateId,
        int applications,
        int rejections,
        int offers,
        Instant lastActivityAt) {
}
