package dev.rebound.infra.replay;

import dev.rebound.api.admin.query.FindReadModelStatus;
import dev.rebound.api.admin.query.ReplayState;
import dev.rebound.api.application.FeedbackGiver;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.ApplicationSummary;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.applications.query.ReceivedPoint;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoItem;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.api.todo.query.TodoType;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.TestDatabase;
import dev.rebound.testsupport.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * History does not move: the to-do list and the applications read model, replayed from the event store on PostgreSQL
 * by a node whose feedback-cycle settings changed since, show the due times the events were recorded with (decision
 * 0013); only what is recorded afterwards follows the new settings.
 */
class ReplayKeepsDueTimesTest {

    private final TestDatabase database = TestPostgres.freshDatabase("replay-keeps-due-times");
    private final OrganizationId org = OrganizationId.random();
    private final CandidateId candidate = CandidateId.random();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** A node on the shared database; its deadlines do not fire, so only the recorded facts count. */
    private ConfigurableApplicationContext node(String coolingOff, String responseTimeout, String... arguments) {
        return new SpringApplicationBuilder(InfraTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        "rebound.feedback-cycle.cooling-off=" + coolingOff,
                        "rebound.feedback-cycle.response-timeout=" + responseTimeout,
                        "rebound.deadlines.polling-interval=1h",
                        "spring.main.banner-mode=off")
                .run(arguments);
    }

    private ApplicationId track(CommandGateway commands, String employer) {
        ApplicationId application = ApplicationId.random();
        commands.sendAndWait(new TrackApplication(application, org, candidate,
                EmployerId.forCandidate(candidate, employer), employer, "Analyst", null, null, null));
        commands.sendAndWait(new RecordRejection(application, org, now.minus(Duration.ofDays(4)), Stage.ONSITE,
                Channel.EMAIL, null));
        return application;
    }

    private static void feedback(CommandGateway commands, OrganizationId org, ApplicationId application,
                                 Instant receivedAt) {
        commands.sendAndWait(new RecordFeedback(application, org, receivedAt,
                List.of(new FeedbackPoint(FeedbackPointId.random(), "Shallow on statistics")),
                new FeedbackGiver("Dana", "Lead"), Specificity.VAGUE));
    }

    private TodoList todo(ConfigurableApplicationContext node) {
        return node.getBean(QueryGateway.class).query(new FindTodo(org, candidate), TodoList.class).join();
    }

    private ApplicationList applications(ConfigurableApplicationContext node) {
        return node.getBean(QueryGateway.class).query(new FindApplications(org, candidate), ApplicationList.class)
                .join();
    }

    private static List<Instant> evaluationDueTimes(ApplicationList applications) {
        return applications.items().stream().map(ApplicationSummary::points).flatMap(List::stream)
                .map(ReceivedPoint::evaluationDueAt).toList();
    }

    @Test
    void replayAfterTheSettingsChangedShowsTheDueTimesTheEventsWereRecordedWith() {
        Instant receivedAt = now.minus(Duration.ofDays(3));
        ApplicationId unasked;
        ApplicationId asked;
        ApplicationId answered;
        TodoList todoBefore;
        ApplicationList applicationsBefore;
        try (ConfigurableApplicationContext before = node("24h", "14d")) {
            CommandGateway commands = before.getBean(CommandGateway.class);
            commands.sendAndWait(new CreateOrganization(org, "Bootcamp"));
            commands.sendAndWait(new AddMember(org, MemberId.random(), Role.CANDIDATE, "Ada", "ada@example.org",
                    candidate));
            unasked = track(commands, "Acme");
            asked = track(commands, "Globex");
            commands.sendAndWait(new RequestFeedback(asked, org, now.minus(Duration.ofDays(4)).plusSeconds(600),
                    Channel.EMAIL, null, List.of(RequestedQuestion.fromCatalogue("weak-areas"))));
            answered = track(commands, "Initech");
            feedback(commands, org, answered, receivedAt);
            await().atMost(Duration.ofSeconds(30)).until(() -> todo(before).items().size() == 3
                    && evaluationDueTimes(applications(before)).size() == 1);
            todoBefore = todo(before);
            applicationsBefore = applications(before);
        }
        assertThat(todoBefore.items()).extracting(TodoItem::type, TodoItem::applicationId, TodoItem::dueAt)
                .containsExactlyInAnyOrder(
                        tuple(TodoType.FEEDBACK_REQUEST_DUE, unasked, now.minus(Duration.ofDays(3))),
                        tuple(TodoType.FOLLOW_UP_DUE, asked, now.plus(Duration.ofDays(3)).plusSeconds(600)),
                        tuple(TodoType.EVALUATION_DUE, answered, receivedAt.plus(Duration.ofHours(24))));

        try (ConfigurableApplicationContext after = node("48h", "30d", "--rebound.replay=todo,applications")) {
            ReadModelReplays replays = after.getBean(ReadModelReplays.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(replays.handle(new FindReadModelStatus("todo")).state()).isEqualTo(ReplayState.DONE);
                assertThat(replays.handle(new FindReadModelStatus("applications")).state())
                        .isEqualTo(ReplayState.DONE);
            });

            assertThat(todo(after)).isEqualTo(todoBefore);
            assertThat(applications(after)).isEqualTo(applicationsBefore);
            assertThat(evaluationDueTimes(applications(after)))
                    .containsExactly(receivedAt.plus(Duration.ofHours(24)));

            // what is recorded now follows the new setting
            feedback(after.getBean(CommandGateway.class), org, unasked, receivedAt);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    evaluationDueTimes(applications(after))).containsExactlyInAnyOrder(
                    receivedAt.plus(Duration.ofHours(24)), receivedAt.plus(Duration.ofHours(48))));
        }
    }
}
