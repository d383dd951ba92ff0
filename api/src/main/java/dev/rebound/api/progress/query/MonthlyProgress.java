package dev.rebound.api.progress.query;

import dev.rebound.api.common.Stage;

import java.time.YearMonth;

/**
 * What a candidate achieved in one month (UTC); serialized with {@code month} as {@code YYYY-MM}.
 *
 * @param applications    applications tracked with their applied-on date in this month
 * @param furthestStage   the highest stage of the interviews held and the rejections received this month; null when
 *                        there were none
 * @param rejections      rejections received this month
 * @param offers          offers received this month
 * @param feedbackRate    of the applications rejected this month, the share that received feedback (0..1); null when
 *                        there were no rejections this month
 * @param practiceMinutes minutes of practice held this month
 */
public record MonthlyProgress(
        YearMonth month,
        int applications,
        Stage furthestStage,
        int rejections,
        int offers,
        Double feedbackRate,
        int practiceMinutes) {
}
