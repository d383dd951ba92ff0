package dev.rebound.infra.replay;

import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.admin.query.FindReadModelStatus;
import dev.rebound.api.admin.query.FindReadModels;
import dev.rebound.api.admin.query.ReadModelStatus;
import dev.rebound.api.admin.query.ReplayState;
import dev.rebound.api.application.FeedbackPoint;
import dev.rebound.api.application.FeedbackPointId;
import dev.rebound.api.application.PointEvaluation;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.Specificity;
import dev.rebound.api.application.Verdict;
import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RecordFeedback;
import dev.rebound.api.application.command.RecordRejection;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.Stage;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.TestDatabase;
import dev.rebound.testsupport.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilds every read model from a store of many feedback cycles and checks they answer as before. It also
 * reports how fast each read model replays — a figure, not a goal: nothing here fails for being slow. A bigger run:
 * {@code ./mvnw -pl infra -am verify -Dtest=ReplayThroughputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Drebound.benchmark.applications=5000}; the figures are in the test's output file under
 * {@code infra/target/surefire-reports/}.
 */
class ReplayThroughputTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayThroughputTest.class);
    private static final int APPLICATIONS = Integer.getInteger("rebound.benchmark.applications", 300);
    private static final int CANDIDATES = Math.max(1, APPLICATIONS / 10);

    private final TestDatabase database = TestPostgres.freshDatabase("replay-throughput");
    private final OrganizationId org = OrganizationId.random();
    private final List<CandidateId> candidates = new ArrayList<>();

    @Test
    void everyReadModelReplaysManyFeedbackCyclesToTheSameAnswers() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InfraTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        "rebound.deadlines.polling-interval=1h", "spring.main.banner-mode=off")
                .run()) {
            ReadModelReplays replays = app.getBean(ReadModelReplays.class);
            QueryGateway queries = app.getBean(QueryGateway.class);
            long seeding = System.nanoTime();
            seed(app.getBean(CommandGateway.class));
            double seeded = (System.nanoTime() - seeding) / 1e9;
            List<String> names = replays.handle(new FindReadModels()).items().stream()
                    .map(ReadModelStatus::name).toList();
            await().atMost(Duration.ofMinutes(5)).until(() -> replays.handle(new FindReadModels()).items().stream()
                    .allMatch(model -> model.position() >= model.headPosition()));
            Map<String, Object> before = answers(queries);

            for (String name : names) {
                replays.handle(new ReplayReadModel(name));
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() ->
                        replays.handle(new FindReadModelStatus(name)).state() == ReplayState.DONE);
            }

            assertThat(answers(queries)).isEqualTo(before);
            LOG.info("Seeded {} feedback cycles ({} commands) in {} s; replays, one read model at a time:\n{}",
                    APPLICATIONS, APPLICATIONS * 5, String.format("%.1f", seeded), names.stream()
                            .map(name -> replays.handle(new FindReadModelStatus(name)))
                            .map(status -> String.format("  %-24s %6d events in %6.2f s = %8.0f events/s",
                                    status.name(), status.headPosition() + 1,
                                    Duration.between(status.startedAt(), status.finishedAt()).toMillis() / 1000.0,
                                    status.eventsPerSecond()))
                            .collect(Collectors.joining("\n")));
        }
    }

    private void seed(CommandGateway commands) throws Exception {
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(CandidateId.random());
        }
        Instant start = Instant.now().minus(Duration.ofDays(100));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> cycles = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                int n = i;
                cycles.add(pool.submit(() -> feedbackCycle(commands, candidates.get(n % CANDIDATES), n,
                        start.plus(Duration.ofHours(n % 1000)))));
            }
            for (Future<?> cycle : cycles) {
                cycle.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void feedbackCycle(CommandGateway commands, CandidateId candidate, int n, Instant at) {
        ApplicationId application = ApplicationId.random();
        String employer = "Employer " + (n % 37);
        FeedbackPointId point = FeedbackPointId.random();
        commands.sendAndWait(new TrackApplication(application, org, candidate,
                EmployerId.forCandidate(candidate, employer), employer, "Analyst " + n, null, null, null));
        commands.sendAndWait(new RecordRejection(application, org, at, Stage.values()[n % 6], Channel.EMAIL, null));
        commands.sendAndWait(new RequestFeedback(application, org, at.plus(Duration.ofHours(n % 40)), Channel.EMAIL,
                null, List.of(RequestedQuestion.fromCatalogue("weak-areas"))));
        commands.sendAndWait(new RecordFeedback(application, org, at.plus(Duration.ofDays(2)),
                List.of(new FeedbackPoint(point, "Point " + n)), null, Specificity.SPECIFIC));
        commands.sendAndWait(new EvaluateFeedback(application, org, at.plus(Duration.ofDays(4)),
                List.of(new PointEvaluation(point, Verdict.values()[n % 3], 1 + n % 5, 1 + (n / 5) % 5,
                        List.of(n % 2 == 0 ? "communication.clarity" : "technology.tools"))), null, false));
    }

    private Map<String, Object> answers(QueryGateway queries) {
        CandidateId first = candidates.getFirst();
        return Map.of(
                "timeline", queries.query(new FindTimeline(org, first, null, null, null, null, null, 0, 200),
                        TimelinePage.class).join(),
                "todo", queries.query(new FindTodo(org, first), TodoList.class).join(),
                "weakness-trends", queries.query(new FindWeaknessTrends(org, first), WeaknessTrends.class).join());
    }
}
