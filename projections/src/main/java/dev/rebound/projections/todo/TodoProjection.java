package dev.rebound.projections.todo;

import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.EvaluationDue;
import dev.rebound.api.application.event.FeedbackDeclined;
import dev.rebound.api.application.event.FeedbackEvaluated;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.application.event.RejectionReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateEvent;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.employer.event.DoNotContactLifted;
import dev.rebound.api.employer.event.DoNotContactSet;
import dev.rebound.api.employer.event.EmployerRelationshipStarted;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoItem;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.api.todo.query.TodoType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A candidate's to-do list: feedback requests due, evaluations due and follow-ups due. The model keeps the facts each
 * item depends on and derives the items when asked, so an item is open exactly while its facts say so; an overdue
 * item stays until it is done. Every due time is the one the domain put on the event that started it: the model has no
 * rule or setting of its own, so a replay after a settings change gives the same times.
 *
 * <ul>
 *   <li>{@code FEEDBACK_REQUEST_DUE} — from the rejection until the first feedback request, feedback or a decline;
 *       due at the rejection's {@code feedbackRequestDueAt}; hidden while the employer is do-not-contact.</li>
 *   <li>{@code EVALUATION_DUE} — from received feedback until every received point of the application is evaluated;
 *       due at the earliest {@code evaluationDueAt} of the feedback whose points are not all evaluated
 *       ({@code EvaluationDue} repeats the time its reminder was scheduled for, which the model takes too).</li>
 *   <li>{@code FOLLOW_UP_DUE} — at the latest request's {@code followUpDueAt}, while neither feedback nor a decline
 *       came; the follow-up request itself carries none, which closes it. Hidden, not closed, while the employer is
 *       do-not-contact: lifting the mark shows it again with its original due time.</li>
 * </ul>
 *
 * <p>Every write is idempotent (inserts keyed by application, employer or feedback point; updates set a fact or keep
 * the greater request number), and updates only touch rows whose fact really changes. After every change the
 * candidate's whole updated list goes to the subscribers of their {@link FindTodo} query; an event that changes
 * nothing (a repeat) sends nothing.
 *
 * <p>The list is per candidate. Whoever may read the candidate reads it: the candidate, a coach they granted access,
 * an organization admin (the web's access policy decides); the model keeps no list over several candidates.
 */
@ProcessingGroup(TodoProjection.NAME)
public class TodoProjection {

    public static final String NAME = "todo";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    public TodoProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(EmployerRelationshipStarted event) {
        knowEmployer(event, event.employerId(), event.employerName());
    }

    @EventHandler
    void on(ApplicationTracked event) {
        knowEmployer(event, event.employerId(), event.employerName());
        // nothing to publish: a newly tracked application has nothing to do yet
        jdbc.sql("""
                        INSERT INTO todo_application
                            (application_id, organization_id, candidate_id, employer_id, role_title)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (application_id) DO NOTHING""")
                .params(event.applicationId().value(), event.organizationId().value(), event.candidateId().value(),
                        event.employerId().value(), event.roleTitle())
                .update();
    }

    @EventHandler
    void on(RejectionReceived event) {
        int changed = updateApplication(event.applicationId(), """
                        UPDATE todo_application SET rejected_at = :at, feedback_request_due_at = :dueAt
                        WHERE application_id = :application
                          AND (rejected_at IS DISTINCT FROM :at OR feedback_request_due_at IS DISTINCT FROM :dueAt)""",
                "at", utc(event.receivedAt()), "dueAt", utc(event.feedbackRequestDueAt()));
        publishIfChanged(event, changed);
    }

    @EventHandler
    void on(FeedbackRequested event) {
        int changed = updateApplication(event.applicationId(), """
                        UPDATE todo_application
                        SET latest_request = :number, follow_up_due_at = :followUpDueAt
                        WHERE application_id = :application AND latest_request < :number""",
                "number", event.requestNumber(), "followUpDueAt", utc(event.followUpDueAt()));
        publishIfChanged(event, changed);
    }

    @EventHandler
    void on(FeedbackReceived event) {
        int changed = updateApplication(event.applicationId(), """
                        UPDATE todo_application SET feedback_received = true
                        WHERE application_id = :application AND NOT feedback_received""");
        for (FeedbackPoint point : event.points()) {
            changed += jdbc.sql("""
                            INSERT INTO todo_feedback_point
                                (application_id, point_id, organization_id, received_at, evaluation_due_at)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (application_id, point_id) DO NOTHING""")
                    .params(event.applicationId().value(), point.pointId().value(), event.organizationId().value(),
                            utc(event.receivedAt()), utc(event.evaluationDueAt()))
                    .update();
        }
        publishIfChanged(event, changed);
    }

    @EventHandler
    void on(EvaluationDue event) {
        int changed = jdbc.sql("""
                        UPDATE todo_feedback_point SET evaluation_due_at = :dueAt
                        WHERE application_id = :application AND received_at = :receivedAt
                          AND evaluation_due_at <> :dueAt""")
                .param("dueAt", utc(event.dueAt()))
                .param("application", event.applicationId().value())
                .param("receivedAt", utc(event.receivedAt()))
                .update();
        publishIfChanged(event, changed);
    }

    @EventHandler
    void on(FeedbackEvaluated event) {
        int changed = 0;
        for (PointEvaluation point : event.points()) {
            changed += jdbc.sql("""
                            UPDATE todo_feedback_point SET evaluated = true
                            WHERE application_id = ? AND point_id = ? AND NOT evaluated""")
                    .params(event.applicationId().value(), point.pointId().value())
                    .update();
        }
        publishIfChanged(event, changed);
    }

    @EventHandler
    void on(FeedbackDeclined event) {
        int changed = updateApplication(event.applicationId(), """
                        UPDATE todo_application SET feedback_declined = true
                        WHERE application_id = :application AND NOT feedback_declined""");
        publishIfChanged(event, changed);
    }

    @EventHandler
    void on(DoNotContactSet event) {
        publishIfChanged(event, markDoNotContact(event.employerId(), true));
    }

    @EventHandler
    void on(DoNotContactLifted event) {
        publishIfChanged(event, markDoNotContact(event.employerId(), false));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE todo_feedback_point, todo_application, todo_employer").update();
    }

    @QueryHandler
    TodoList handle(FindTodo query) {
        List<TodoItem> items = new ArrayList<>();
        jdbc.sql("""
                        SELECT a.application_id, a.employer_id, e.employer_name, e.do_not_contact, a.role_title,
                               a.rejected_at, a.feedback_request_due_at, a.latest_request, a.follow_up_due_at,
                               a.feedback_received, a.feedback_declined,
                               (SELECT min(p.evaluation_due_at) FROM todo_feedback_point p
                                WHERE p.application_id = a.application_id AND p.organization_id = a.organization_id
                                  AND NOT p.evaluated) AS evaluation_due_at
                        FROM todo_application a
                        JOIN todo_employer e ON e.employer_id = a.employer_id AND e.organization_id = a.organization_id
                        WHERE a.organization_id = :org AND a.candidate_id = :candidate""")
                .param("org", query.organizationId().value())
                .param("candidate", query.candidateId().value())
                .query(TodoProjection::applicationRow)
                .list()
                .forEach(application -> items.addAll(application.openItems()));
        items.sort(Comparator.comparing(TodoItem::dueAt)
                .thenComparing(TodoItem::type)
                .thenComparing(TodoItem::employerName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(item -> item.applicationId().value()));
        return new TodoList(items);
    }

    private void knowEmployer(CandidateEvent event, EmployerId employerId, String employerName) {
        jdbc.sql("""
                        INSERT INTO todo_employer (employer_id, organization_id, candidate_id, employer_name)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (employer_id) DO NOTHING""")
                .params(employerId.value(), event.organizationId().value(), event.candidateId().value(), employerName)
                .update();
    }

    private int markDoNotContact(EmployerId employerId, boolean doNotContact) {
        int changed = jdbc.sql("""
                        UPDATE todo_employer SET do_not_contact = ?
                        WHERE employer_id = ? AND do_not_contact <> ?""")
                .params(doNotContact, employerId.value(), doNotContact)
                .update();
        if (changed == 0 && !exists("SELECT count(*) FROM todo_employer WHERE employer_id = ?", employerId.value())) {
            throw new IllegalStateException("Do-not-contact names employer " + employerId
                    + ", which the to-do list has not seen start");
        }
        return changed;
    }

    /** Runs an update of one application; its SQL names the application {@code :application}. */
    private int updateApplication(ApplicationId applicationId, String sql, Object... namesAndValues) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("application", applicationId.value());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            statement = statement.param((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        int changed = statement.update();
        if (changed == 0 && !exists("SELECT count(*) FROM todo_application WHERE application_id = ?",
                applicationId.value())) {
            throw new IllegalStateException("An event names application " + applicationId
                    + ", which the to-do list has not seen tracked");
        }
        return changed;
    }

    private boolean exists(String countSql, UUID id) {
        return jdbc.sql(countSql).param(id).query(Long.class).single() > 0;
    }

    /**
     * Sends the candidate's whole updated list to the subscribers of their {@link FindTodo}. Axon's emitter holds
     * the update until the processor's transaction commits, so subscribers never see a list that is rolled back.
     */
    private void publishIfChanged(CandidateEvent event, int changedRows) {
        if (changedRows == 0 || replaying()) {
            return;
        }
        TodoList updated = handle(new FindTodo(event.organizationId(), event.candidateId()));
        emitter.emit(FindTodo.class, query -> query.organizationId().equals(event.organizationId())
                && query.candidateId().equals(event.candidateId()), updated);
    }

    /** A replay rebuilds the list from events its subscribers already saw happen: nothing to tell them. */
    private static boolean replaying() {
        return CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
    }

    private static TodoApplication applicationRow(ResultSet row, int rowNumber) throws SQLException {
        return new TodoApplication(
                ApplicationId.of(row.getObject("application_id", UUID.class)),
                EmployerId.of(row.getObject("employer_id", UUID.class)),
                row.getString("employer_name"),
                row.getBoolean("do_not_contact"),
                row.getString("role_title"),
                instant(row, "rejected_at"),
                instant(row, "feedback_request_due_at"),
                row.getInt("latest_request"),
                instant(row, "follow_up_due_at"),
                row.getBoolean("feedback_received"),
                row.getBoolean("feedback_declined"),
                instant(row, "evaluation_due_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The facts of one application that its to-do items depend on. */
    private record TodoApplication(ApplicationId applicationId, EmployerId employerId, String employerName,
                                   boolean doNotContact, String roleTitle, Instant rejectedAt,
                                   Instant feedbackRequestDueAt, int latestRequest, Instant followUpDueAt,
                                   boolean feedbackReceived, boolean feedbackDeclined, Instant evaluationDueAt) {

        List<TodoItem> openItems() {
            List<TodoItem> open = new ArrayList<>();
            // a request to a do-not-contact employer would be refused, so it is not asked for either
            if (rejectedAt != null && latestRequest == 0 && !feedbackReceived && !feedbackDeclined && !doNotContact) {
                open.add(item(TodoType.FEEDBACK_REQUEST_DUE, feedbackRequestDueAt,
                        "Ask " + employerName + " for feedback on the " + roleTitle + " rejection"));
            }
            if (evaluationDueAt != null) {
                open.add(item(TodoType.EVALUATION_DUE, evaluationDueAt,
                        "Evaluate the feedback from " + employerName + " on the " + roleTitle + " application"));
            }
            if (followUpDueAt != null && !feedbackReceived && !feedbackDeclined && !doNotContact) {
                open.add(item(TodoType.FOLLOW_UP_DUE, followUpDueAt,
                        "Follow up once with " + employerName + " on your feedback request for the " + roleTitle
                                + " role"));
            }
            return open;
        }

        private TodoItem item(TodoType type, Instant dueAt, String summary) {
            return new TodoItem(type, dueAt, applicationId, employerId, employerName, summary);
        }
    }
}
