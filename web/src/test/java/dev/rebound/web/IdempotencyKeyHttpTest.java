package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code Idempotency-Key} on the API's POSTs, over HTTP on a real PostgreSQL (README, "Quick start"). */
@ReboundHttpTest
class IdempotencyKeyHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    private static final String TRACK = """
            {"employerName":"Acme","roleTitle":"Analyst"}""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private HttpResponse<String> send(String method, String path, String body, String token, String key) {
        return new ApiClient(port, token).send(method, path, body,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private HttpResponse<String> track(UUID candidate, String body, String key) throws Exception {
        return send("POST", "/api/v1/candidates/" + candidate + "/applications", body, TOKEN, key);
    }

    private static JsonNode body(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(response.body()).contains("\"type\":\"" + type + "\"", "\"status\":" + status,
                "\"title\":", "\"detail\":");
    }

    /** ApplicationTracked events in the event store for the candidate: stored before the 202 is sent. */
    private long trackedInEventStore(UUID candidate) {
        return JdbcClient.create(dataSource).sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type = 'dev.rebound.api.application.event.ApplicationTracked'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'candidateId' = ?""")
                .param(candidate.toString()).query(Long.class).single();
    }

    private long recordedKeys() {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM idempotent_request")
                .query(Long.class).single();
    }

    private JsonNode timeline(UUID candidate) throws Exception {
        return body(send("GET", "/api/v1/candidates/" + candidate + "/timeline", null, TOKEN, null));
    }

    @Test
    void repeatWithTheSameKeyAndBodyGetsTheFirstAnswerAndStoresNothingNew() throws Exception {
        UUID candidate = UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = track(candidate, TRACK, key);
        HttpResponse<String> repeat = track(candidate, TRACK, key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(repeat.statusCode()).isEqualTo(202);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(body(first).get("applicationId").asString()).isNotBlank();
        assertThat(trackedInEventStore(candidate)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(timeline(candidate).get("total").asInt()).isEqualTo(1));
        JsonNode entry = timeline(candidate).get("items").get(0);
        assertThat(entry.get("type").asString()).isEqualTo("ApplicationTracked");
        assertThat(entry.get("applicationId").asString()).isEqualTo(body(first).get("applicationId").asString());
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflict() throws Exception {
        UUID candidate = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        assertThat(track(candidate, TRACK, key).statusCode()).isEqualTo(202);

        HttpResponse<String> other = track(candidate, """
                {"employerName":"Acme","roleTitle":"Senior Analyst"}""", key);

        assertProblem(other, 409, "/problems/idempotency-key-reused");
        assertThat(body(other).get("detail").asString()).contains("already used with a different request");
        assertThat(trackedInEventStore(candidate)).isEqualTo(1);
    }

    @Test
    void sameKeyForAnotherCandidateIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(track(UUID.randomUUID(), TRACK, key).statusCode()).isEqualTo(202);

        assertProblem(track(UUID.randomUUID(), TRACK, key), 409, "/problems/idempotency-key-reused");
    }

    @Test
    void keyThatIsNotAUuidIsABadRequest() throws Exception {
        UUID candidate = UUID.randomUUID();

        HttpResponse<String> response = track(candidate, TRACK, "order-42");

        assertProblem(response, 400, "/problems/malformed-request");
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(trackedInEventStore(candidate)).isZero();
    }

    @Test
    void withoutAKeyEveryPostCreatesAnApplication() throws Exception {
        UUID candidate = UUID.randomUUID();

        HttpResponse<String> first = track(candidate, TRACK, null);
        HttpResponse<String> second = track(candidate, TRACK, null);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(body(second).get("applicationId")).isNotEqualTo(body(first).get("applicationId"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(trackedInEventStore(candidate)).isEqualTo(2);
    }

    @Test
    void unprocessableAnswerIsReplayedAsUnprocessable() throws Exception {
        UUID candidate = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String invalid = "{\"roleTitle\": \" \"}";

        HttpResponse<String> first = track(candidate, invalid, key);
        HttpResponse<String> repeat = track(candidate, invalid, key);

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(repeat.statusCode()).isEqualTo(422);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).contains("true");
    }

    @Test
    void requestWithoutAValidTokenIsRefusedBeforeItsKeyIsRecorded() throws Exception {
        UUID candidate = UUID.randomUUID();
        long before = recordedKeys();

        HttpResponse<String> none = send("POST", "/api/v1/candidates/" + candidate + "/applications", TRACK, null,
                UUID.randomUUID().toString());
        HttpResponse<String> wrong = send("POST", "/api/v1/candidates/" + candidate + "/applications", TRACK,
                "not-the-token", UUID.randomUUID().toString());
        HttpResponse<String> malformedKey = send("POST", "/api/v1/candidates/" + candidate + "/applications", TRACK,
                null, "order-42");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(malformedKey.statusCode()).isEqualTo(401);
        assertThat(recordedKeys()).isEqualTo(before);
        assertThat(trackedInEventStore(candidate)).isZero();
    }

    @Test
    void keyOnAReadIsIgnored() throws Exception {
        long before = recordedKeys();

        HttpResponse<String> read = send("GET", "/api/v1/candidates/" + UUID.randomUUID() + "/timeline", null, TOKEN,
                "not-even-a-uuid");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(recordedKeys()).isEqualTo(before);
    }

    @Test
    void concurrentRepeatsTrackTheApplicationOnce() throws Exception {
        UUID candidate = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return track(candidate, TRACK, key);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
        }

        List<HttpResponse<String>> accepted = responses.stream().filter(r -> r.statusCode() == 202).toList();
        List<HttpResponse<String>> original = accepted.stream()
                .filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty()).toList();
        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isIn(202, 409));
        assertThat(original).hasSize(1);
        assertThat(accepted).allSatisfy(response -> assertThat(response.body()).isEqualTo(original.getFirst().body()));
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(conflict -> assertProblem(conflict, 409, "/problems/idempotency-key-in-use"));
        assertThat(trackedInEventStore(candidate)).isEqualTo(1);

        HttpResponse<String> later = track(candidate, TRACK, key);
        assertThat(later.statusCode()).isEqualTo(202);
        assertThat(later.body()).isEqualTo(original.getFirst().body());
        assertThat(later.headers().firstValue("Idempotent-Replayed")).contains("true");
    }
}
