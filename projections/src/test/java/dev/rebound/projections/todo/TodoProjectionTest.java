package dev.rebound.projections.todo;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.event.FeedbackReceived;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoItem;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.api.todo.query.TodoType;
import dev.rebound.projections.CandidateEvents;
import dev.rebound.projections.EventFeed;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.rebound.api.todo.query.TodoType.EVALUATION_DUE;
import static dev.rebound.api.todo.query.TodoType.FEEDBACK_REQUEST_DUE;
import static dev.rebound.api.todo.query.TodoType.FOLLOW_UP_DUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The to-do read model on a real PostgreSQL, fed with hand-built events, with Axon's real query bus and emitter. */
class TodoProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    /** Not the default of 24 h, to show that the due time on the event is the one used. */
    private static final Duration COOLING_OFF = Duration.ofHours(36);

    private final CandidateEvents events = new CandidateEvents(ORG, CANDIDATE);
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private TodoProjection projection;
    private EventFeed feed;
    private JdbcClient jdbc;

    @BeforeEach
    void freshReadModel() {
        jdbc = ReadModelDatabase.fresh("todo");
        projection = new TodoProjection(jdbc, emitter);
        feed = new EventFeed(projection);
    }

    private static Instant day(int days, int hours) {
        return T0.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    /** Feedback recorded while the cooling-off period was {@link #COOLING_OFF}. */
    private FeedbackReceived received(ApplicationId application, Instant receivedAt, FeedbackPointId... points) {
        return events.received(application, receivedAt, receivedAt.plus(COOLING_OFF), points);
    }

    private List<TodoItem> read() {
        return projection.handle(new FindTodo(ORG, CANDIDATE)).items();
    }

    private TodoItem item(TodoType type, Instant dueAt, ApplicationId application, String employer, String summary) {
        return new TodoItem(type, dueAt, application, events.employer(employer), employer, summary);
    }

    @Test
    void feedbackRequestIsDueADayAfterTheRejection() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme Analytics", "Data Analyst"),
                events.started("Acme Analytics"),
                events.interview(application, Stage.ONSITE, day(0, 0)));
        assertThat(read()).isEmpty();

        feed.deliver(events.rejected(application, day(1, 9), Stage.ONSITE));

        assertThat(read()).containsExactly(item(FEEDBACK_REQUEST_DUE, day(2, 9), application, "Acme Analytics",
                "Ask Acme Analytics for feedback on the Data Analyst rejection"));
    }

    @Test
    void everyDueTimeIsTheOneItsEventCarriesNotARuleOfTheReadModel() {
        ApplicationId asked = ApplicationId.random();
        ApplicationId notAsked = ApplicationId.random();
        feed.deliver(
                events.tracked(asked, "Acme", "Data Analyst"),
                events.tracked(notAsked, "Globex", "Data Analyst"),
                events.rejected(notAsked, day(1, 0), Stage.ONSITE, day(3, 7)),
                events.rejected(asked, day(1, 0), Stage.ONSITE),
                events.requested(asked, 1, day(1, 1), day(11, 4)),
                received(notAsked, day(2, 0), FeedbackPointId.random()));

        assertThat(read()).extracting(TodoItem::type, TodoItem::applicationId, TodoItem::dueAt)
                .containsExactly(
                        tuple(EVALUATION_DUE, notAsked, day(2, 0).plus(COOLING_OFF)),
                        tuple(FOLLOW_UP_DUE, asked, day(11, 4)));
    }

    @Test
    void feedbackRequestDueClosesWithTheFirstRequestADeclineOrFeedback() {
        ApplicationId requested = ApplicationId.random();
        ApplicationId declined = ApplicationId.random();
        ApplicationId received = ApplicationId.random();
        ApplicationId open = ApplicationId.random();
        feed.deliver(
                events.tracked(requested, "Acme", "Data Analyst"),
                events.tracked(declined, "Globex", "Data Analyst"),
                events.tracked(received, "Initech", "Data Analyst"),
                events.tracked(open, "Hooli", "Data Analyst"),
                events.rejected(requested, day(1, 0), Stage.ONSITE),
                events.rejected(declined, day(1, 0), Stage.ONSITE),
                events.rejected(received, day(1, 0), Stage.ONSITE),
                events.rejected(open, day(1, 0), Stage.ONSITE));
        assertThat(read()).extracting(TodoItem::type).containsOnly(FEEDBACK_REQUEST_DUE).hasSize(4);

        feed.deliver(
                events.requested(requested, 1, day(1, 5)),
                events.declined(declined, day(1, 6)),
                received(received, day(1, 7), FeedbackPointId.random()));

        assertThat(read()).filteredOn(item -> item.type() == FEEDBACK_REQUEST_DUE)
                .extracting(TodoItem::applicationId).containsExactly(open);
    }

    @Test
    void overdueItemsStayUntilDoneAndRemindersChangeNothing() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.requestDue(application, day(1, 0), day(2, 0)),
                events.offer(application, day(30, 0)));

        assertThat(read()).extracting(TodoItem::type, TodoItem::dueAt)
                .containsExactly(tuple(FEEDBACK_REQUEST_DUE, day(2, 0)));
        assertThat(day(2, 0)).isBefore(Instant.now());
    }

    @Test
    void evaluationIsDueWhenTheCoolingOffEndsUntilEveryReceivedPointIsEvaluated() {
        ApplicationId application = ApplicationId.random();
        FeedbackPointId listening = FeedbackPointId.random();
        FeedbackPointId statistics = FeedbackPointId.random();
        feed.deliver(
                events.tracked(application, "Acme Analytics", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.requested(application, 1, day(1, 5)),
                received(application, day(3, 10), listening, statistics));

        assertThat(read()).containsExactly(item(EVALUATION_DUE, day(3, 10).plus(COOLING_OFF), application,
                "Acme Analytics", "Evaluate the feedback from Acme Analytics on the Data Analyst application"));

        feed.deliver(events.evaluated(application, day(5, 0), listening));
        assertThat(read()).extracting(TodoItem::type).containsExactly(EVALUATION_DUE);

        feed.deliver(events.evaluated(application, day(6, 0), statistics));
        assertThat(read()).isEmpty();
    }

    @Test
    void evaluationDueTakesTheTimeTheDomainRaisedIt() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                received(application, day(3, 10), FeedbackPointId.random()),
                events.evaluationDue(application, day(3, 10), day(4, 10)));

        assertThat(read()).extracting(TodoItem::type, TodoItem::dueAt)
                .containsExactly(tuple(EVALUATION_DUE, day(4, 10)));
    }

    @Test
    void laterFeedbackMakesAnEvaluationDueAgainAndTheEarliestUnevaluatedCounts() {
        ApplicationId application = ApplicationId.random();
        FeedbackPointId first = FeedbackPointId.random();
        FeedbackPointId second = FeedbackPointId.random();
        FeedbackPointId third = FeedbackPointId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                received(application, day(2, 0), first),
                events.evaluated(application, day(4, 0), first));
        assertThat(read()).isEmpty();

        feed.deliver(received(application, day(10, 0), second));
        assertThat(read()).extracting(TodoItem::dueAt).containsExactly(day(10, 0).plus(COOLING_OFF));

        feed.deliver(received(application, day(12, 0), third));
        assertThat(read()).extracting(TodoItem::dueAt).containsExactly(day(10, 0).plus(COOLING_OFF));

        feed.deliver(events.evaluated(application, day(13, 0), second));
        assertThat(read()).extracting(TodoItem::dueAt).containsExactly(day(12, 0).plus(COOLING_OFF));
    }

    @Test
    void followUpIsDueAWeekAfterTheFirstRequestUntilTheSecondRequestFeedbackOrADecline() {
        ApplicationId followedUp = ApplicationId.random();
        ApplicationId received = ApplicationId.random();
        ApplicationId declined = ApplicationId.random();
        ApplicationId waiting = ApplicationId.random();
        feed.deliver(
                events.tracked(followedUp, "Acme Analytics", "Data Analyst"),
                events.tracked(received, "Globex", "Analytics Engineer"),
                events.tracked(declined, "Initech", "BI Developer"),
                events.tracked(waiting, "Hooli", "Data Scientist"),
                events.rejected(followedUp, day(1, 0), Stage.ONSITE),
                events.rejected(received, day(1, 0), Stage.ONSITE),
                events.rejected(declined, day(1, 0), Stage.ONSITE),
                events.rejected(waiting, day(1, 0), Stage.ONSITE),
                events.requested(followedUp, 1, day(1, 1)),
                events.requested(received, 1, day(1, 2)),
                events.requested(declined, 1, day(1, 3)),
                events.requested(waiting, 1, day(1, 4)));

        assertThat(read()).containsExactly(
                item(FOLLOW_UP_DUE, day(8, 1), followedUp, "Acme Analytics",
                        "Follow up once with Acme Analytics on your feedback request for the Data Analyst role"),
                item(FOLLOW_UP_DUE, day(8, 2), received, "Globex",
                        "Follow up once with Globex on your feedback request for the Analytics Engineer role"),
                item(FOLLOW_UP_DUE, day(8, 3), declined, "Initech",
                        "Follow up once with Initech on your feedback request for the BI Developer role"),
                item(FOLLOW_UP_DUE, day(8, 4), waiting, "Hooli",
                        "Follow up once with Hooli on your feedback request for the Data Scientist role"));

        feed.deliver(
                events.requested(followedUp, 2, day(8, 5)),
                received(received, day(5, 0), FeedbackPointId.random()),
                events.declined(declined, day(6, 0)));

        assertThat(read()).filteredOn(item -> item.type() == FOLLOW_UP_DUE)
                .extracting(TodoItem::applicationId).containsExactly(waiting);
    }

    @Test
    void followUpIsHiddenWhileTheEmployerIsDoNotContact() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.started("Acme"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.requested(application, 1, day(1, 1)));
        assertThat(read()).extracting(TodoItem::type).containsExactly(FOLLOW_UP_DUE);

        feed.deliver(events.doNotContact("Acme"));
        assertThat(read()).isEmpty();

        feed.deliver(events.contactAllowed("Acme"));
        assertThat(read()).extracting(TodoItem::type, TodoItem::dueAt)
                .containsExactly(tuple(FOLLOW_UP_DUE, day(8, 1)));
    }

    @Test
    void theMostUrgentComesFirst() {
        ApplicationId acme = ApplicationId.random();
        ApplicationId globex = ApplicationId.random();
        ApplicationId initech = ApplicationId.random();
        feed.deliver(
                events.tracked(acme, "Acme", "Data Analyst"),
                events.tracked(globex, "Globex", "Data Analyst"),
                events.tracked(initech, "Initech", "Data Analyst"),
                events.rejected(initech, day(20, 0), Stage.FINAL),
                events.rejected(acme, day(1, 0), Stage.ONSITE),
                events.requested(acme, 1, day(1, 1)),
                events.rejected(globex, day(2, 0), Stage.ONSITE),
                received(globex, day(3, 0), FeedbackPointId.random()));

        assertThat(read()).extracting(TodoItem::type, TodoItem::applicationId, TodoItem::dueAt).containsExactly(
                tuple(EVALUATION_DUE, globex, day(3, 0).plus(COOLING_OFF)),
                tuple(FOLLOW_UP_DUE, acme, day(8, 1)),
                tuple(FEEDBACK_REQUEST_DUE, initech, day(21, 0)));
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        ApplicationId acme = ApplicationId.random();
        ApplicationId globex = ApplicationId.random();
        ApplicationId initech = ApplicationId.random();
        FeedbackPointId point = FeedbackPointId.random();
        FeedbackPointId open = FeedbackPointId.random();
        feed.deliver(
                events.tracked(acme, "Acme", "Data Analyst"),
                events.started("Acme"),
                events.tracked(globex, "Globex", "Analytics Engineer"),
                events.tracked(initech, "Initech", "BI Developer"),
                events.rejected(acme, day(1, 0), Stage.ONSITE),
                events.requested(acme, 1, day(1, 1)),
                events.rejected(globex, day(2, 0), Stage.ONSITE),
                events.requested(globex, 1, day(2, 1)),
                received(globex, day(3, 0), point, open),
                events.evaluationDue(globex, day(3, 0), day(4, 0)),
                events.evaluated(globex, day(5, 0), point),
                events.rejected(initech, day(4, 0), Stage.FINAL),
                events.doNotContact("Acme"),
                events.contactAllowed("Acme"));
        List<TodoItem> once = read();

        feed.redeliverAll();

        assertThat(read()).isEqualTo(once);
        assertThat(once).extracting(TodoItem::type).containsExactly(EVALUATION_DUE, FEEDBACK_REQUEST_DUE,
                FOLLOW_UP_DUE);
        assertThat(once.getFirst().dueAt()).isEqualTo(day(4, 0));
    }

    @Test
    void neverShowsAnotherOrganizationsItemsEvenForTheSameCandidateId() {
        CandidateEvents foreign = new CandidateEvents(OrganizationId.random(), CANDIDATE);
        ApplicationId foreignApplication = ApplicationId.random();
        ApplicationId own = ApplicationId.random();
        feed.deliver(
                foreign.tracked(foreignApplication, "Foreign Corp", "Spy"),
                foreign.rejected(foreignApplication, day(1, 0), Stage.FINAL),
                events.tracked(own, "Acme", "Data Analyst"),
                events.rejected(own, day(2, 0), Stage.ONSITE));

        assertThat(read()).extracting(TodoItem::employerName).containsExactly("Acme");
        assertThat(projection.handle(new FindTodo(ORG, CandidateId.random())).items()).isEmpty();
    }

    @Test
    void resetEmptiesTheReadModel() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                received(application, day(2, 0), FeedbackPointId.random()));

        feed.reset();

        assertThat(read()).isEmpty();
        for (String table : new String[]{"todo_employer", "todo_application", "todo_feedback_point"}) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void everyChangeSendsTheCandidatesWholeListToItsSubscribersOnly() {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        QueryGateway queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        List<TodoList> updates = new CopyOnWriteArrayList<>();
        List<TodoList> otherCandidate = new CopyOnWriteArrayList<>();
        List<TodoList> otherOrganization = new CopyOnWriteArrayList<>();
        SubscriptionQueryResult<TodoList, TodoList> subscription =
                queries.subscriptionQuery(new FindTodo(ORG, CANDIDATE), TodoList.class, TodoList.class);
        subscription.updates().subscribe(updates::add);
        queries.subscriptionQuery(new FindTodo(ORG, CandidateId.random()), TodoList.class, TodoList.class)
                .updates().subscribe(otherCandidate::add);
        queries.subscriptionQuery(new FindTodo(OrganizationId.random(), CANDIDATE), TodoList.class, TodoList.class)
                .updates().subscribe(otherOrganization::add);
        assertThat(subscription.initialResult().block()).isEqualTo(new TodoList(List.of()));

        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE));
        TodoList afterRejection = projection.handle(new FindTodo(ORG, CANDIDATE));
        feed.deliver(events.requested(application, 1, day(1, 2)));
        TodoList afterRequest = projection.handle(new FindTodo(ORG, CANDIDATE));

        assertThat(updates).containsExactly(afterRejection, afterRequest);
        assertThat(afterRejection.items()).extracting(TodoItem::type).containsExactly(FEEDBACK_REQUEST_DUE);
        assertThat(afterRequest.items()).extracting(TodoItem::type).containsExactly(FOLLOW_UP_DUE);

        feed.redeliverAll();
        assertThat(updates).as("a repeated event changes nothing, so nothing is sent").hasSize(2);
        assertThat(otherCandidate).isEmpty();
        assertThat(otherOrganization).isEmpty();
        subscription.close();
    }

    @Test
    void aReplayRebuildsTheListWithoutTellingSubscribersAgain() {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        List<TodoList> updates = new CopyOnWriteArrayList<>();
        DefaultQueryGateway.builder().queryBus(queryBus).build()
                .subscriptionQuery(new FindTodo(ORG, CANDIDATE), TodoList.class, TodoList.class)
                .updates().subscribe(updates::add);
        ApplicationId application = ApplicationId.random();

        feed.replay(events.tracked(application, "Acme", "Data Analyst"),
                events.rejected(application, day(1, 0), Stage.ONSITE));

        assertThat(read()).extracting(TodoItem::type).containsExactly(FEEDBACK_REQUEST_DUE);
        assertThat(updates).isEmpty();
    }

    @Test
    void noFeedbackRequestIsDueFromADoNotContactEmployer() {
        ApplicationId application = ApplicationId.random();
        feed.deliver(
                events.tracked(application, "Acme", "Data Analyst"),
                events.started("Acme"),
                events.rejected(application, day(1, 0), Stage.ONSITE),
                events.doNotContact("Acme"));
        assertThat(read()).isEmpty();

        feed.deliver(events.contactAllowed("Acme"));
        assertThat(read()).extracting(TodoItem::type).containsExactly(FEEDBACK_REQUEST_DUE);
    }

    @Test
    void refusesAnEventForAnApplicationItHasNotSeenTracked() {
        ApplicationId unknown = ApplicationId.random();
        events.tracked(unknown, "Acme", "Data Analyst"); // built, never delivered

        assertThatThrownBy(() -> feed.deliver(events.rejected(unknown, T0, Stage.ONSITE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(unknown.toString());
    }
}
