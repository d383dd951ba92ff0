package dev.rebound.projections.progress;

import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.Stage;
import dev.rebound.api.improvement.event.PracticeSessionLogged;
import dev.rebound.api.progress.query.FindProgress;
import dev.rebound.api.progress.query.MonthlyProgress;
import dev.rebound.api.progress.query.Progress;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * A candidate's progress month by month. Months are UTC calendar months of occurred-at times; a month appears when
 * an application, interview, rejection, offer or practice session falls in it, newest month first.
 *
 * <ul>
 *   <li><em>applications</em>: applications tracked with their {@code appliedOn} in the month; an application
 *       without {@code appliedOn} counts in the month it was recorded (the event's timestamp);</li>
 *   <li><em>furthest stage</em>: the highest stage (Stage's order, {@code OTHER} lowest) of the interviews held
 *       ({@code heldOn}) and of the rejections received ({@code stageReached}, {@code receivedAt}) in the month,
 *       whichever application they belong to; null when there were none. Offers carry no stage;</li>
 *   <li><em>rejections</em> and <em>offers</em>: received ({@code receivedAt}) in the month;</li>
 *   <li><em>feedback rate</em>: of the applications rejected in the month, the share that received feedback
 *       ({@code FeedbackReceived}) at any time, whether before or after this month ends, from 0 to 1; null when
 *       nothing was rejected in the month. A decline or a timed-out request is no feedback;</li>
 *   <li><em>practice minutes</em>: of the sessions held ({@code heldOn}) in the month, whichever weaknesses they
 *       targeted.</li>
 * </ul>
 * Receiving feedback by itself does not make a month appear.
 *
 * <p>Each dated fact is a row keyed by its event's id, and an application that received feedback is one row however
 * often feedback came, so an event delivered twice changes nothing. The figures are computed when read, so the order
 * events arrive in does not change them.
 */
@ProcessingGroup(ProgressProjection.NAME)
public class ProgressProjection {

    public static final String NAME = "progress";

    private final JdbcClient jdbc;

    public ProgressProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationTracked event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        LocalDate appliedOn = event.appliedOn() == null ? LocalDate.ofInstant(recordedAt, ZoneOffset.UTC)
                : event.appliedOn();
        insertFact(eventId, event, "ApplicationTracked", appliedOn, event.applicationId(), null, null);
    }

    @EventHandler
    void on(InterviewRecorded event, @MessageIdentifier String eventId) {
        insertFact(eventId, event, "InterviewRecorded", event.heldOn(), event.applicationId(), event.stage(), null);
    }

    @EventHandler
    void on(RejectionReceived event, @MessageIdentifier String eventId) {
        insertFact(eventId, event, "RejectionReceived", day(event.receivedAt()), event.applicationId(),
                event.stageReached(), null);
    }

    @EventHandler
    void on(OfferReceived event, @MessageIdentifier String eventId) {
        insertFact(eventId, event, "OfferReceived", day(event.receivedAt()), event.applicationId(), null, null);
    }

    @EventHandler
    void on(PracticeSessionLogged event, @MessageIdentifier String eventId) {
        insertFact(eventId, event, "PracticeSessionLogged", event.heldOn(), null, null, event.minutes());
    }

    @EventHandler
    void on(FeedbackReceived event) {
        jdbc.sql("""
                        INSERT INTO progress_feedback_received (organization_id, application_id, candidate_id)
                        VALUES (?, ?, ?)
                        ON CONFLICT (organization_id, application_id) DO NOTHING""")
                .params(event.organizationId().value(), event.applicationId().value(), event.candidateId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE progress_fact, progress_feedback_received").update();
    }

    /**
     * Only interviews and rejections carry a stage, so a month's highest stage rank is its furthest stage. An
     * application has at most one row of received feedback, so the join multiplies no fact.
     */
    @QueryHandler
    Progress handle(FindProgress query) {
        return new Progress(jdbc.sql("""
                        SELECT f.month,
                               count(*) FILTER (WHERE f.kind = 'ApplicationTracked') AS applications,
                               max(f.stage_rank) AS furthest_stage_rank,
                               count(*) FILTER (WHERE f.kind = 'RejectionReceived') AS rejections,
                               count(*) FILTER (WHERE f.kind = 'OfferReceived') AS offers,
                               count(DISTINCT f.application_id) FILTER (WHERE f.kind = 'RejectionReceived')
                                   AS rejected_applications,
                               count(DISTINCT f.application_id)
                                   FILTER (WHERE f.kind = 'RejectionReceived' AND feedback.application_id IS NOT NULL)
                                   AS rejected_applications_with_feedback,
                               coalesce(sum(f.minutes) FILTER (WHERE f.kind = 'PracticeSessionLogged'), 0)
                                   AS practice_minutes
                        FROM progress_fact f
                        LEFT JOIN progress_feedback_received feedback
                               ON feedback.organization_id = f.organization_id
                              AND feedback.candidate_id = f.candidate_id
                              AND feedback.application_id = f.application_id
                        WHERE f.organization_id = :org AND f.candidate_id = :candidate
                        GROUP BY f.month
                        ORDER BY f.month DESC""")
                .param("org", query.organizationId().value())
                .param("candidate", query.candidateId().value())
                .query(ProgressProjection::month)
                .list());
    }

    private void insertFact(String eventId, CandidateEvent event, String kind, LocalDate occurredOn,
                            ApplicationId application, Stage stage, Integer minutes) {
        jdbc.sql("""
                        INSERT INTO progress_fact (event_id, organization_id, candidate_id, kind, month,
                                                   application_id, stage, stage_rank, minutes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.candidateId().value(), kind,
                        YearMonth.from(occurredOn).atDay(1), application == null ? null : application.value(),
                        stage == null ? null : stage.name(), stage == null ? null : stage.rank(), minutes)
                .update();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static MonthlyProgress month(ResultSet row, int rowNumber) throws SQLException {
        int rejectedApplications = row.getInt("rejected_applications");
        int withFeedback = row.getInt("rejected_applications_with_feedback");
        int furthestRank = row.getInt("furthest_stage_rank");
        Stage furthestStage = row.wasNull() ? null : stageOfRank(furthestRank);
        return new MonthlyProgress(
                YearMonth.from(row.getObject("month", LocalDate.class)),
                row.getInt("applications"),
                furthestStage,
                row.getInt("rejections"),
                row.getInt("offers"),
                rejectedApplications == 0 ? null : (double) withFeedback / rejectedApplications,
                row.getInt("practice_minutes"));
    }

    private static Stage stageOfRank(int rank) {
        return Arrays.stream(Stage.values()).filter(stage -> stage.rank() == rank).findFirst()
                .orElseThrow(() -> new IllegalStateException("No stage has rank " + rank));
    }
}
