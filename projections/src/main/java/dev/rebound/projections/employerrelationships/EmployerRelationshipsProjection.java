package dev.rebound.projections.employerrelationships;

import dev.rebound.api.application.FeedbackStatus;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackDeclined;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.FeedbackResponseTimedOut;
import dev.rebound.api.application.event.InterviewRecorded;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.event.DoNotContactLifted;
import dev.rebound.api.employer.event.DoNotContactSet;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.employer.event.EmployerRelationshipStarted;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipEntry;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.projections.common.FeedbackStatusRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Per candidate and employer: applications and the furthest stage they reached, the feedback status of the latest
 * application, employer contacts (every feedback request and every logged contact, as the audit counts them), the
 * last contact, whether a thank-you was sent, the next follow-up due and do-not-contact.
 *
 * <p>Every write is idempotent: inserts are keyed by the event's id (contacts) or by the application's or employer's
 * id, and updates either set a flag or keep the greater of two numbers, so an event delivered twice changes nothing.
 * The latest application is the one tracked last: a candidate's events arrive in stored order, so the order in which
 * this model first sees applications is their stored order.
 */
@ProcessingGroup(EmployerRelationshipsProjection.NAME)
public class EmployerRelationshipsProjection {

    public static final String NAME = "employer-relationships";

    private final JdbcClient jdbc;

    public EmployerRelationshipsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EmployerRelationshipStarted event) {
        knowEmployer(event, event.employerId(), event.employerName());
    }

    @EventHandler
    void on(ApplicationTracked event) {
        knowEmployer(event, event.employerId(), event.employerName());
        jdbc.sql("""
                        INSERT INTO employer_rel_application (application_id, organization_id, candidate_id, employer_id)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerId().value())
                .update();
    }

    @EventHandler
    void on(InterviewRecorded event) {
        reachStage(event.applicationId(), event.stage());
    }

    @EventHandler
    void on(RejectionReceived event) {
        reachStage(event.applicationId(), event.stageReached());
    }

    @EventHandler
    void on(FeedbackRequested event, @MessageIdentifier String eventId) {
        updateApplication(event.applicationId(), """
                        UPDATE employer_rel_application
                        SET follow_up_due_at = CASE WHEN :number >= latest_request THEN CAST(:followUpDueAt AS timestamptz)
                                                    ELSE follow_up_due_at END,
                            latest_request = GREATEST(latest_request, :number)
                        WHERE application_id = :application""",
                params("number", event.requestNumber(), "followUpDueAt", utc(event.followUpDueAt())));
        recordContact(eventId, event, event.employerId(), event.sentAt(), false);
    }

    @EventHandler
    void on(FeedbackResponseTimedOut event) {
        updateApplication(event.applicationId(), """
                        UPDATE employer_rel_application SET timed_out_request = GREATEST(timed_out_request, :number)
                        WHERE application_id = :application""",
                Map.of("number", event.requestNumber()));
    }

    @EventHandler
    void on(FeedbackReceived event) {
        updateApplication(event.applicationId(),
                "UPDATE employer_rel_application SET feedback_received = true WHERE application_id = :application",
                Map.of());
    }

    @EventHandler
    void on(FeedbackDeclined event) {
        updateApplication(event.applicationId(),
                "UPDATE employer_rel_application SET feedback_declined = true WHERE application_id = :application",
                Map.of());
    }

    @EventHandler
    void on(FeedbackEvaluated event) {
        updateApplication(event.applicationId(),
                "UPDATE employer_rel_application SET feedback_evaluated = true WHERE application_id = :application",
                Map.of());
    }

    @EventHandler
    void on(EmployerContacted event, @MessageIdentifier String eventId) {
        boolean thankYou = event.direction() == ContactDirection.OUTBOUND
                && event.purpose() == ContactPurpose.THANK_YOU;
        recordContact(eventId, event, event.employerId(), event.contactedAt(), thankYou);
    }

    @EventHandler
    void on(DoNotContactSet event) {
        markDoNotContact(event.employerId(), true);
    }

    @EventHandler
    void on(DoNotContactLifted event) {
        markDoNotContact(event.employerId(), false);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE employer_rel_contact, employer_rel_application, employer_rel_employer RESTART IDENTITY")
                .update();
    }

    @QueryHandler
    EmployerRelationshipList handle(FindEmployerRelationships query) {
        Map<UUID, List<ApplicationRow>> applications = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT employer_id, furthest_stage_rank, latest_request, follow_up_due_at,
                               timed_out_request, feedback_received, feedback_declined, feedback_evaluated
                        FROM employer_rel_application
                        WHERE organization_id = :org AND candidate_id = :candidate
                        ORDER BY tracked_order""")
                .param("org", query.organizationId().value())
                .param("candidate", query.candidateId().value())
                .query(EmployerRelationshipsProjection::applicationRow)
                .list()
                .forEach(row -> applications.computeIfAbsent(row.employerId(), id -> new ArrayList<>()).add(row));
        List<EmployerRelationshipEntry> items = jdbc.sql("""
                        SELECT e.employer_id, e.employer_name, e.do_not_contact,
                               coalesce(c.contacts, 0) AS contacts, c.last_contact_at,
                               coalesce(c.thank_you_sent, false) AS thank_you_sent
                        FROM employer_rel_employer e
                        LEFT JOIN (SELECT employer_id, count(*) AS contacts, max(contacted_at) AS last_contact_at,
                                          bool_or(thank_you) AS thank_you_sent
                                   FROM employer_rel_contact
                                   WHERE organization_id = :org AND candidate_id = :candidate
                                   GROUP BY employer_id) c ON c.employer_id = e.employer_id
                        WHERE e.organization_id = :org AND e.candidate_id = :candidate
                        ORDER BY c.last_contact_at DESC NULLS LAST, lower(e.employer_name), e.employer_id""")
                .param("org", query.organizationId().value())
                .param("candidate", query.candidateId().value())
                .query((row, rowNumber) -> entry(row, applications))
                .list();
        return new EmployerRelationshipList(items);
    }

    private void knowEmployer(CandidateEvent event, EmployerId employerId, String employerName) {
        jdbc.sql("""
                        INSERT INTO employer_rel_employer (employer_id, organization_id, candidate_id, employer_name)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (employer_id) DO NOTHING""")
                .params(employerId.value(), event.organizationId().value(), event.candidateId().value(), employerName)
                .update();
    }

    private void reachStage(ApplicationId applicationId, Stage stage) {
        updateApplication(applicationId, """
                        UPDATE employer_rel_application
                        SET furthest_stage_rank = GREATEST(furthest_stage_rank, :rank)
                        WHERE application_id = :application""",
                Map.of("rank", stage.rank()));
    }

    private void recordContact(String eventId, CandidateEvent event, EmployerId employerId, Instant contactedAt,
                               boolean thankYou) {
        jdbc.sql("""
                        INSERT INTO employer_rel_contact
                            (event_id, organization_id, candidate_id, employer_id, contacted_at, thank_you)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.organizationId().value(), event.candidateId().value(), employerId.value(),
                        utc(contactedAt), thankYou)
                .update();
    }

    private void markDoNotContact(EmployerId employerId, boolean doNotContact) {
        int updated = jdbc.sql("UPDATE employer_rel_employer SET do_not_contact = ? WHERE employer_id = ?")
                .params(doNotContact, employerId.value())
                .update();
        if (updated == 0) {
            throw new IllegalStateException("Do-not-contact names employer " + employerId
                    + ", which the employer relationships have not seen start");
        }
    }

    private void updateApplication(ApplicationId applicationId, String sql, Map<String, ?> params) {
        int updated = jdbc.sql(sql).params(params).param("application", applicationId.value()).update();
        if (updated == 0) {
            throw new IllegalStateException("An event names application " + applicationId
                    + ", which the employer relationships have not seen tracked");
        }
    }

    private static EmployerRelationshipEntry entry(ResultSet row, Map<UUID, List<ApplicationRow>> applications)
            throws SQLException {
        UUID employerId = row.getObject("employer_id", UUID.class);
        boolean doNotContact = row.getBoolean("do_not_contact");
        List<ApplicationRow> own = applications.getOrDefault(employerId, List.of());
        Stage furthest = own.stream().map(ApplicationRow::furthestStage).filter(Objects::nonNull)
                .max(Comparator.comparingInt(Stage::rank)).orElse(null);
        FeedbackStatus feedbackStatus = own.isEmpty() ? FeedbackStatus.NONE : own.getLast().feedbackStatus();
        Instant nextFollowUpDue = own.stream().map(application -> application.followUpDue(doNotContact))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        OffsetDateTime lastContactAt = row.getObject("last_contact_at", OffsetDateTime.class);
        return new EmployerRelationshipEntry(
                EmployerId.of(employerId),
                row.getString("employer_name"),
                own.size(),
                furthest,
                feedbackStatus,
                lastContactAt == null ? null : lastContactAt.toInstant(),
                row.getBoolean("thank_you_sent"),
                nextFollowUpDue,
                doNotContact,
                row.getInt("contacts"));
    }

    private static ApplicationRow applicationRow(ResultSet row, int rowNumber) throws SQLException {
        int rank = row.getInt("furthest_stage_rank");
        Stage furthest = row.wasNull() ? null : stageOfRank(rank);
        OffsetDateTime followUpDueAt = row.getObject("follow_up_due_at", OffsetDateTime.class);
        return new ApplicationRow(
                row.getObject("employer_id", UUID.class),
                furthest,
                row.getInt("latest_request"),
                followUpDueAt == null ? null : followUpDueAt.toInstant(),
                row.getInt("timed_out_request"),
                row.getBoolean("feedback_received"),
                row.getBoolean("feedback_declined"),
                row.getBoolean("feedback_evaluated"));
    }

    private static Stage stageOfRank(int rank) {
        for (Stage stage : Stage.values()) {
            if (stage.rank() == rank) {
                return stage;
            }
        }
        throw new IllegalStateException("No stage has rank " + rank);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Named parameters, some of which may be null (which {@link Map#of} refuses). */
    private static Map<String, Object> params(String name, Object value, String otherName, Object otherValue) {
        Map<String, Object> params = new HashMap<>();
        params.put(name, value);
        params.put(otherName, otherValue);
        return params;
    }

    /** What the model keeps of one application. */
    private record ApplicationRow(UUID employerId, Stage furthestStage, int latestRequest, Instant followUpDueAt,
                                  int timedOutRequest, boolean received, boolean declined, boolean evaluated) {

        FeedbackStatus feedbackStatus() {
            return FeedbackStatusRule.statusOf(evaluated, received, declined, latestRequest, timedOutRequest);
        }

        /**
         * The follow-up the latest request made due, while neither feedback nor a decline came; hidden, not closed,
         * while the employer is do-not-contact. The follow-up request itself carries none.
         */
        Instant followUpDue(boolean doNotContact) {
            return received || declined || doNotContact ? null : followUpDueAt;
        }
    }
}
