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
import dev.rebound.api.application.event.OfferReceived;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.CandidateList;
import dev.rebound.api.applications.query.CandidateSummary;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.applications.query.FindCandidates;
import dev.rebound.api.applications.query.ReceivedPoint;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.PersonalData;
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
 * A candidate's applications as a list to act on: where each stands (rejected, feedback asked for, declined, offer)
 * and every feedback point it received, with the point's id, its cooling-off end (the {@code evaluationDueAt} the
 * domain put on the feedback, never a setting of this model) and, once evaluated, its verdict.
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
                             applied_on, tracked_at, last_activity_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerId().value(), event.employerName(), event.roleTitle(),
                        event.appliedOn() == null ? null : Date.valueOf(event.appliedOn()), utc(recordedAt),
                        utc(occurredAt))
                .update();
    }

    @EventHandler
    void on(RejectionReceived event) {
        update(event.applicationId(), event.receivedAt(), "rejected_at = :at");
    }

    @EventHandler
    void on(FeedbackRequested event) {
        update(event.applicationId(), event.sentAt(), "feedback_requests = GREATEST(feedback_requests, :number)",
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
        Map<UUID, List<ReceivedPoint>> points = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.application_id, p.point_id, p.text, p.received_at, p.evaluation_due_at, p.verdict
                        FROM applications_feedback_point p
                        JOIN applications_application a ON a.application_id = p.application_id
                        WHERE a.organization_id = :org AND a.candidate_id = :candidate
                          AND p.organization_id = :org
                        ORDER BY p.received_at, p.position""")
                .param("org", query.organizationId().value())
                .param("candidate", query.candidateId().value())
                .query(row -> {
                    points.computeIfAbsent(row.getObject("application_id", UUID.class), id -> new ArrayList<>())
                            .add(point(row));
                });
        List<ApplicationSummary> items = jdbc.sql("""
                        SELECT application_id, employer_id, employer_name, role_title, applied_on, rejected_at,
                               feedback_requests, feedback_declined, offer_received_at
                        FROM applications_application
                        WHERE organization_id = :org AND candidate_id = :candidate
                        ORDER BY tracked_at DESC, application_id""")
                .param("org", query.organizationId().value())
                .param("candidate", query.candidateId().value())
                .query((row, number) -> application(row,
                        points.getOrDefault(row.getObject("application_id", UUID.class), List.of())))
                .list();
        return new ApplicationList(items);
    }

    @QueryHandler
    CandidateList handle(FindCandidates query) {
        return new CandidateList(jdbc.sql("""
                        SELECT candidate_id, count(*) AS applications, count(rejected_at) AS rejections,
                               count(offer_received_at) AS offers, max(last_activity_at) AS last_activity_at
                        FROM applications_application
                        WHERE organization_id = ?
                        GROUP BY candidate_id
                        ORDER BY max(last_activity_at) DESC, candidate_id""")
                .param(query.organizationId().value())
                .query((row, number) -> new CandidateSummary(
                        CandidateId.of(row.getObject("candidate_id", UUID.class)),
                        row.getInt("applications"), row.getInt("rejections"), row.getInt("offers"),
                        instant(row, "last_activity_at")))
                .list());
    }

    /**
     * Sets one fact of an application, if any (its SQL may name the event's occurred-at time {@code :at}), and moves
     * the application's last activity forward to that time.
     */
    private void update(ApplicationId applicationId, Instant occurredAt, String assignment, Object... namesAndValues) {
        JdbcClient.StatementSpec statement = jdbc.sql("UPDATE applications_application SET "
                        + (assignment == null ? "" : assignment + ", ")
                        + "last_activity_at = GREATEST(last_activity_at, :at) WHERE application_id = :application")
                .param("application", applicationId.value())
                .param("at", utc(occurredAt));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            statement = statement.param((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        if (statement.update() == 0) {
            throw new IllegalStateException("An event names application " + applicationId
                    + ", which the applications read model has not seen tracked");
        }
    }

    private static ApplicationSummary application(ResultSet row, List<ReceivedPoint> points) throws SQLException {
        Date appliedOn = row.getDate("applied_on");
        return new ApplicationSummary(
                ApplicationId.of(row.getObject("application_id", UUID.class)),
                EmployerId.of(row.getObject("employer_id", UUID.class)),
                row.getString("employer_name"),
                row.getString("role_title"),
                appliedOn == null ? null : appliedOn.toLocalDate(),
                instant(row, "rejected_at"),
                row.getInt("feedback_requests"),
                row.getBoolean("feedback_declined"),
                instant(row, "offer_received_at"),
                points);
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
