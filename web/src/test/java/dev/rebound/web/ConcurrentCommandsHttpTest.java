package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands racing on one aggregate: the rules hold, the losers hear 409, nobody sees a 500. */
@ReboundHttpTest
class ConcurrentCommandsHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    private static final int RACERS = 8;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private ApiClient api() {
        return new ApiClient(port, TOKEN);
    }

    /** Fires {@code RACERS} requests at once and answers their status codes. */
    private List<Integer> race(IntFunction<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int racer = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(racer);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() != 202) {
                    ApiClient.problem(response, response.statusCode());
                }
                statuses.add(response.statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String rejectedApplication() {
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();
        String application = "/api/v1/applications/" + api().accepted(candidate + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();
        api().accepted(application + "/rejection", "{\"receivedAt\": \"%s\", \"stageReached\": \"FINAL\", "
                .formatted(Instant.now().minus(Duration.ofHours(3))) + "\"channel\": \"EMAIL\"}");
        return application;
    }

    private long events(String aggregateId, String type) {
        return JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?")
                .params(aggregateId, "%." + type)
                .query(Long.class).single();
    }

    @Test
    void onlyOneOfManySimultaneousRejectionsIsRecorded() throws Exception {
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();
        JsonNode tracked = api().accepted(candidate + "/applications",
                "{\"employerName\": \"Globex\", \"roleTitle\": \"Analyst\"}");
        String application = tracked.get("applicationId").asString();
        String rejection = "{\"receivedAt\": \"%s\", \"stageReached\": \"ONSITE\", \"channel\": \"EMAIL\"}"
                .formatted(Instant.now().minus(Duration.ofHours(1)));

        List<Integer> statuses = race(racer -> api().post("/api/v1/applications/" + application + "/rejection",
                rejection));

        assertThat(statuses).isSubsetOf(202, 409).filteredOn(status -> status == 202).hasSize(1);
        assertThat(events(application, "RejectionReceived")).isEqualTo(1);
    }

    @Test
    void atMostTwoOfManySimultaneousFeedbackRequestsAreRecorded() throws Exception {
        String application = rejectedApplication();
        String request = "{\"sentAt\": \"%s\", \"channel\": \"EMAIL\", \"questions\": [\"weak-areas\"]}"
                .formatted(Instant.now().minus(Duration.ofHours(1)));

        List<Integer> statuses = race(racer -> api().post(application + "/feedback-requests", request));

        assertThat(statuses).isSubsetOf(202, 409).filteredOn(status -> status == 202).hasSize(2);
        assertThat(events(application.substring(application.lastIndexOf('/') + 1), "FeedbackRequested"))
                .isEqualTo(2);
    }

    @Test
    void simultaneousFirstApplicationsToOneEmployerStartOneRelationship() throws Exception {
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();
        String[] spellings = {"Initech", "initech", "INITECH", "Initech Inc.", "Initech, LLC", " initech ",
                "Initech Ltd", "initech inc"};

        List<Integer> statuses = race(racer -> api().post(candidate + "/applications",
                "{\"employerName\": \"%s\", \"roleTitle\": \"Role %d\"}".formatted(spellings[racer], racer)));

        assertThat(statuses).as("every application is tracked; the relationship's lock orders them")
                .containsOnly(202);
        String employerId = api().accepted(candidate + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"After the race\"}").get("employerId").asString();
        assertThat(events(employerId, "EmployerRelationshipStarted")).isEqualTo(1);
    }
}
