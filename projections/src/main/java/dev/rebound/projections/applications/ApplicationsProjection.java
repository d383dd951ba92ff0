package dev.rebound.projections.applications;

import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.EvaluationDue;
import dev.rebound.api.application.event.FeedbackDeclined;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.FeedbackResponseTimedOut;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.ApplicationPage;
import dev.rebound.api.applications.query.ApplicationStatus;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindApplicationPage;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.applications.query.ReceivedPoint;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.PersonalData;
import dev.rebound.projections.common.FeedbackStatusRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A candidate's applications as a list to act on: where each stands (the furthest stage, rejected, feedback asked for,
 * declined or timed out, offer) and every feedback point it received, with the point's id, its cooling-off end (the
 * {@code evaluationDueAt} the domain put on the feedback, never a setting of this model) and, once evaluated, its
 * verdict; whole, or a page at a time.
 * The same rows answer which candidates an organization has. Every write is an insert keyed by an application or
 * point id, or an update that gives the same result when repeated, so an event delivered twice changes nothing.
 */
@ProcessingGroup(ApplicationsProjection.NAME)
public class ApplicationsProjection {

    public static final String NAME = "applications";

    private final JdbcClient jdbc;

    public ApplicationsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationTracked event, @Timestamp Instant recordedAt) {
        Instant occurredAt = event.appliedOn() == null ? recordedAt
                : event.appliedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        jdbc.sql("""
                        INSERT INTO applications_application
                            (application_id, organization_id, candidate_id, employer_id, employer_name, role_title,
                             applied_on, source, tracked_at, last_activity_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerId().value(), event.employerName(), event.roleTitle(),
                        event.appliedOn() == null ? null : Date.valueOf(event.appliedOn()), event.source(),
                        utc(recordedAt), utc(occurredAt))
                .update();
    }

    /** Only the furthest stage: an interview is not among the steps that count as the candidate's activity here. */
    @EventHandler
    void on(InterviewRecorded event) {
        update(event.applicationId(), null, "furthest_stage_rank = GREATEST(furthest_stage_rank, :rank)",
                "rank", event.stage().rank());
    }

    @EventHandler
    void on(RejectionReceived event) {
        update(event.applicationId(), event.receivedAt(),
                "rejected_at = :at, furthest_stage_rank = GREATEST(furthest_stage_rank, :rank)",
                "rank", event.stageReached().rank());
    }

    @EventHandler
    void on(FeedbackRequested event) {
        update(event.applicationId(), event.sentAt(), "feedback_requests = GREATEST(feedback_requests, :number)",
                "number", event.requestNumber());
    }

    /** The employer's silence changes the feedback status only, no activity of the candidate's. */
    @EventHandler
    void on(FeedbackResponseTimedOut event) {
        update(event.applicationId(), null, "timed_out_request = GREATEST(timed_out_request, :number)",
                "number", event.requestNumber());
    }

    @EventHandler
    void on(FeedbackDeclined event) {
        update(event.applicationId(), event.receivedAt(), "feedback_declined = true");
    }

    @EventHandler
    void on(OfferReceived event) {
        update(event.applicationId(), event.receivedAt(), "offer_received_at = :at");
    }

    @EventHandler
    void on(FeedbackReceived event) {
        update(event.applicationId(), event.receivedAt(), null);
        int position = jdbc.sql("SELECT count(*) FROM applications_feedback_point WHERE application_id = ?")
                .param(event.applicationId().value()).query(Integer.class).single();
        for (FeedbackPoint point : event.points()) {
            position += jdbc.sql("""
                            INSERT INTO applications_feedback_point
                                (point_id, application_id, organization_id, position, text, received_at,
                                 evaluation_due_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (point_id) DO NOTHING""")
                    .params(point.pointId().value(), event.applicationId().value(), event.organizationId().value(),
                            position, point.text(), utc(event.receivedAt()),
                            utc(event.evaluationDueAt()))
                    .update();
        }
    }

    /** The candidate's personal data is erased: feedback texts read as erased, as a replay would write them. */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.sql("""
                        UPDATE applications_feedback_point p SET text = :erased
                        FROM applications_application a
                        WHERE p.application_id = a.application_id
                          AND a.organization_id = :org AND a.candidate_id = :candidate""")
                .param("erased", PersonalData.ERASED)
                .param("org", event.organizationId().value()).param("candidate", event.candidateId().value())
                .update();
    }

    /** The domain's reminder names the end of the cooling-off period its deadline was scheduled for. */
    @EventHandler
    void on(EvaluationDue event) {
        jdbc.sql("""
                        UPDATE applications_feedback_point SET evaluation_due_at = ?
                        WHERE application_id = ? AND received_at = ?""")
                .params(utc(event.dueAt()), event.applicationId().value(), utc(event.receivedAt()))
                .update();
    }

    @EventHandler
    void on(FeedbackEvaluated event) {
        update(event.applicationId(), event.evaluatedAt(), null);
        for (PointEvaluation point : event.points()) {
            jdbc.sql("UPDATE applications_feedback_point SET verdict = ? WHERE point_id = ? AND application_id = ?")
                    .params(point.verdict().name(), point.pointId().value(), event.applicationId().value())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE applications_feedback_point, applications_application").update();
    }

    @QueryHandler
    ApplicationList handle(FindApplications query) {
        return new ApplicationList(applications(query.organizationId().value(), query.candidateId().value(),
                Integer.MAX_VALUE, 0));
    }

    @QueryHandler
    ApplicationPage handle(FindApplicationPage query) {
        UUID org = query.organizationId().value();
        UUID candidate = query.candidateId().value();
        long total = jdbc.sql("""
                        SELECT count(*) FROM applications_application
                        WHERE organization_id = :org AND candidate_id = :candidate""")
                .param("org", org).param("candidate", candidate)
                .query(Long.class).single();
        return new ApplicationPage(applications(org, candidate, query.size(), (long) query.page() * query.size()),
                query.page(), query.size(), total);
    }

    /** The candidate's applications, the most recently tracked first, from {@code offset} on, with their points. */
    private List<ApplicationSummary> applications(UUID org, UUID candidate, int limit, long offset) {
        List<ApplicationRow> rows = jdbc.sql("""
                        SELECT application_id, employer_id, employer_name, role_title, applied_on, source,
                               furthest_stage_rank, rejected_at, feedback_requests, timed_out_request,
                               feedback_declined, offer_received_at
                        FROM applications_application
                        WHERE organization_id = :org AND candidate_id = :candidate
                        ORDER BY tracked_at DESC, application_id
                        LIMIT :limit OFFSET :offset""")
                .param("org", org).param("candidate", candidate)
                .param("limit", limit).param("offset", offset)
                .query((row, number) -> new ApplicationRow(row))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ReceivedPoint>> points = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.application_id, p.point_id, p.text, p.received_at, p.evaluation_due_at, p.verdict
                        FROM applications_feedback_point p
                        WHERE p.organization_id = :org AND p.application_id IN (:applications)
                        ORDER BY p.received_at, p.position""")
                .param("org", org)
                .param("applications", rows.stream().map(ApplicationRow::applicationId).toList())
                .query(row -> {
                    points.computeIfAbsent(row.getObject("application_id", UUID.class), id -> new ArrayList<>())
                            .add(point(row));
                });
        return rows.stream().map(row -> row.summary(points.getOrDefault(row.applicationId(), List.of()))).toList();
    }

    @QueryHandler
    CandidateList handle(FindCandidates query) {
        if (query.only() != null && query.only().isEmpty()) {
            return new CandidateList(List.of());
        }
        return new CandidateList(jdbc.sql("""
                        SELECT candidate_id, count(*) AS applications, count(rejected_at) AS rejections,
                               count(offer_received_at) AS offers, max(last_activity_at) AS last_activity_at
                        FROM applications_application
                        WHERE organization_id = :org""" + (query.only() == null ? "" : " AND candidate_id IN (:only)") + """

                        GROUP BY candidate_id
                        ORDER BY max(last_activity_at) DESC, candidate_id""")
                .param("org", query.organizationId().value())
                .param("only", query.only() == null ? List.of()
                        : query.only().stream().map(CandidateId::value).toList())
                .query((row, number) -> new CandidateSummary(
                        CandidateId.of(row.getObject("candidate_id", UUID.class)),
                        row.getInt("applications"), row.getInt("rejections"), row.getInt("offers"),
                        instant(row, "last_activity_at")))
                .list());
    }

    /**
     * Sets one fact of an application, if any (its SQL may name the event's occurred-at time {@code :at}), and moves
     * the application's last activity forward to that time; a fact without an occurred-at time is no activity.
     */
    private void update(ApplicationId applicationId, Instant occurredAt, String assignment, Object... namesAndValues) {
        List<String> assignments = new ArrayList<>();
        if (assignment != null) {
            assignments.add(assignment);
        }
        if (occurredAt != null) {
            assignments.add("last_activity_at = GREATEST(last_activity_at, :at)");
        }
        JdbcClient.StatementSpec statement = jdbc.sql("UPDATE applications_application SET "
                        + String.join(", ", assignments) + " WHERE application_id = :application")
                .param("application", applicationId.value());
        if (occurredAt != null) {
            statement = statement.param("at", utc(occurredAt));
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            statement = statement.param((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        if (statement.update() == 0) {
            throw new IllegalStateException("An event names application " + applicationId
                    + ", which the applications read model has not seen tracked");
        }
    }

    /** One row of {@code applications_application}, before its points are known. */
    private record ApplicationRow(UUID applicationId, UUID employerId, String employerName, String roleTitle,
                                  Date appliedOn, String source, Stage furthestStage, Instant rejectedAt,
                                  int feedbackRequests, int timedOutRequest, boolean feedbackDeclined,
                                  Instant offerReceivedAt) {

        ApplicationRow(ResultSet row) throws SQLException {
            this(row.getObject("application_id", UUID.class), row.getObject("employer_id", UUID.class),
                    row.getString("employer_name"), row.getString("role_title"), row.getDate("applied_on"),
                    row.getString("source"), stage(row.getObject("furthest_stage_rank", Integer.class)),
                    instant(row, "rejected_at"), row.getInt("feedback_requests"), row.getInt("timed_out_request"),
                    row.getBoolean("feedback_declined"), instant(row, "offer_received_at"));
        }

        ApplicationSummary summary(List<ReceivedPoint> points) {
            boolean received = !points.isEmpty();
            boolean evaluated = points.stream().anyMatch(point -> point.verdict() != null);
            return new ApplicationSummary(ApplicationId.of(applicationId), EmployerId.of(employerId), employerName,
                    roleTitle, appliedOn == null ? null : appliedOn.toLocalDate(), source, furthestStage,
                    status(rejectedAt, offerReceivedAt),
                    FeedbackStatusRule.statusOf(evaluated, received, feedbackDeclined, feedbackRequests,
                            timedOutRequest),
                    rejectedAt, feedbackRequests, feedbackDeclined, offerReceivedAt, points);
        }
    }

    /** The later of a rejection and an offer decides (an offer withdrawn comes as a later rejection). */
    static ApplicationStatus status(Instant rejectedAt, Instant offerReceivedAt) {
        if (rejectedAt == null && offerReceivedAt == null) {
            return ApplicationStatus.ACTIVE;
        }
        if (offerReceivedAt == null) {
            return ApplicationStatus.REJECTED;
        }
        return rejectedAt != null && rejectedAt.isAfter(offerReceivedAt) ? ApplicationStatus.REJECTED
                : ApplicationStatus.OFFER;
    }

    private static Stage stage(Integer rank) {
        if (rank == null) {
            return null;
        }
        for (Stage stage : Stage.values()) {
            if (stage.rank() == rank) {
                return stage;
            }
        }
        throw new IllegalStateException("No stage has rank " + rank);
    }

    private static ReceivedPoint point(ResultSet row) throws SQLException {
        String verdict = row.getString("verdict");
        return new ReceivedPoint(
                FeedbackPointId.of(row.getObject("point_id", UUID.class)),
                row.getString("text"),
                instant(row, "received_at"),
                instant(row, "evaluation_due_at"),
                verdict == null ? null : Verdict.valueOf(verdict));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
