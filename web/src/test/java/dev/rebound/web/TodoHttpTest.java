package dev.rebound.web;

import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A candidate's to-do list over HTTP on PostgreSQL: what was recorded through the command endpoints opens and
 * closes items on {@code GET /api/v1/candidates/{candidateId}/todo}, and a subscriber of the {@code FindTodo}
 * query receives the same list live.
 */
// A context of its own, not @ReboundHttpTest: a cooling-off period (30 h) other than the default, which the to-do list
// must follow. Closed after the class (@DirtiesContext), so that its event processors do not keep polling while the
// other classes run.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rebound.bootstrap-token=" + TodoHttpTest.TOKEN,
                // not the default 24 h: the to-do list must follow the configured cooling-off period
                "rebound.feedback-cycle.cooling-off=30h",
                // reminders stay pending, so only what the candidate did changes the list
                "rebound.deadlines.polling-interval=1h"})
@PostgresDatabase
@DirtiesContext
class TodoHttpTest {

    static final String TOKEN = "todo-token";

    @LocalServerPort
    int port;

    @Autowired
    QueryGateway queries;

    @Autowired
    WebProperties webProperties;

    @Autowired
    JsonMapper json;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Instant ago(int days, int hours) {
        return now.minus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    @Test
    void showsWhatIsDueMostUrgentFirstAndSendsEveryChangeToSubscribers() {
        ApiClient api = new ApiClient(port, TOKEN);
        UUID candidateId = UUID.randomUUID();
        String candidate = "/api/v1/candidates/" + candidateId;
        List<TodoList> updates = new CopyOnWriteArrayList<>();
        SubscriptionQueryResult<TodoList, TodoList> subscription = queries.subscriptionQuery(
                new FindTodo(OrganizationId.of(webProperties.defaultOrganizationId()), CandidateId.of(candidateId)),
                TodoList.class, TodoList.class);
        subscription.updates().subscribe(updates::add);

        // Acme: rejected three days ago and not asked yet: overdue since two days, and it stays
        JsonNode acme = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Acme Analytics\", \"roleTitle\": \"Data Analyst\"}");
        String a1 = "/api/v1/applications/" + acme.get("applicationId").asString();
        api.accepted(a1 + "/rejection", rejection(ago(3, 0)));

        // Globex: asked five days ago, no answer: the one follow-up is due a week after the request
        JsonNode globex = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Globex\", \"roleTitle\": \"Analytics Engineer\"}");
        String a2 = "/api/v1/applications/" + globex.get("applicationId").asString();
        api.accepted(a2 + "/rejection", rejection(ago(5, 0)));
        api.accepted(a2 + "/feedback-requests", feedbackRequest(ago(5, 1)));

        // Initech: feedback with two points came two days ago, one evaluated (early): evaluation still due
        JsonNode initech = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"BI Developer\"}");
        String a3 = "/api/v1/applications/" + initech.get("applicationId").asString();
        api.accepted(a3 + "/rejection", rejection(ago(4, 0)));
        api.accepted(a3 + "/feedback-requests", feedbackRequest(ago(4, 2)));
        JsonNode feedback = api.accepted(a3 + "/feedback", """
                {"receivedAt": "%s", "points": [{"text": "Rushed the case"}, {"text": "Vague on SQL"}]}"""
                .formatted(ago(2, 0)));
        api.accepted(a3 + "/evaluation", """
                {"evaluatedAt": "%s", "early": true,
                 "points": [{"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 4, "credibility": 4}]}"""
                .formatted(ago(1, 0), feedback.get("pointIds").get(0).asString()));

        // Hooli: asked, then do-not-contact: nothing to do there
        JsonNode hooli = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Hooli\", \"roleTitle\": \"Data Scientist\"}");
        String a4 = "/api/v1/applications/" + hooli.get("applicationId").asString();
        api.accepted(a4 + "/rejection", rejection(ago(4, 0)));
        api.accepted(a4 + "/feedback-requests", feedbackRequest(ago(4, 3)));
        assertThat(api.send("PUT", candidate + "/employers/" + hooli.get("employerId").asString()
                + "/do-not-contact", "{\"doNotContact\": true}").statusCode()).isEqualTo(204);

        JsonNode expected = json.readTree("""
                {"items": [
                  {"type": "FEEDBACK_REQUEST_DUE", "dueAt": "%s", "applicationId": "%s", "employerId": "%s",
                   "employerName": "Acme Analytics",
                   "summary": "Ask Acme Analytics for feedback on the Data Analyst rejection"},
                  {"type": "EVALUATION_DUE", "dueAt": "%s", "applicationId": "%s", "employerId": "%s",
                   "employerName": "Initech",
                   "summary": "Evaluate the feedback from Initech on the BI Developer application"},
                  {"type": "FOLLOW_UP_DUE", "dueAt": "%s", "applicationId": "%s", "employerId": "%s",
                   "employerName": "Globex",
                   "summary": "Follow up once with Globex on your feedback request for the Analytics Engineer role"}
                ]}""".formatted(
                ago(2, 0), acme.get("applicationId").asString(), acme.get("employerId").asString(),
                ago(2, 0).plus(Duration.ofHours(30)), initech.get("applicationId").asString(),
                initech.get("employerId").asString(),
                ago(5, 1).plus(Duration.ofDays(7)), globex.get("applicationId").asString(),
                globex.get("employerId").asString()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ApiClient.json(api.get(candidate + "/todo"))).isEqualTo(expected));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(updates).isNotEmpty();
            JsonNode latestUpdate = json.valueToTree(updates.getLast());
            assertThat(latestUpdate).isEqualTo(expected);
        });
        subscription.close();

        assertThat(ApiClient.json(api.get("/api/v1/candidates/" + UUID.randomUUID() + "/todo")))
                .isEqualTo(json.readTree("{\"items\": []}"));
    }

    private static String rejection(Instant receivedAt) {
        return "{\"receivedAt\": \"%s\", \"stageReached\": \"ONSITE\", \"channel\": \"EMAIL\"}".formatted(receivedAt);
    }

    private static String feedbackRequest(Instant sentAt) {
        return "{\"sentAt\": \"%s\", \"channel\": \"EMAIL\", \"questions\": [\"weak-areas\"]}".formatted(sentAt);
    }
}
