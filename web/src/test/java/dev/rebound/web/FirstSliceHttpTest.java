package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first slice end to end over HTTP, on a real PostgreSQL: track, reject, read the timeline. */
@ReboundHttpTest
class FirstSliceHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String body, String token) {
        return new ApiClient(port, token).send(method, path, body);
    }

    private HttpResponse<String> post(String path, String body) {
        return send("POST", path, body, TOKEN);
    }

    private static JsonNode body(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    private String trackApplication(UUID candidate, String employer) throws Exception {
        HttpResponse<String> tracked = post("/api/v1/candidates/" + candidate + "/applications", """
                {"employerName": "%s", "roleTitle": "Data Analyst", "appliedOn": "2026-02-01", "source": "referral"}
                """.formatted(employer));
        assertThat(tracked.statusCode()).isEqualTo(202);
        return body(tracked).get("applicationId").asString();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        ApiClient.problem(response, status);
    }

    @Test
    void trackedApplicationAndRejectionAppearOnTheTimeline() throws Exception {
        UUID candidate = UUID.randomUUID();
        HttpResponse<String> tracked = post("/api/v1/candidates/" + candidate + "/applications", """
                {"employerName": "Acme Analytics, Inc.", "roleTitle": "Data Analyst", "appliedOn": "2026-02-01"}
                """);
        assertThat(tracked.statusCode()).isEqualTo(202);
        String applicationId = body(tracked).get("applicationId").asString();
        String employerId = body(tracked).get("employerId").asString();

        HttpResponse<String> rejected = post("/api/v1/applications/" + applicationId + "/rejection", """
                {"receivedAt": "2026-03-02T09:30:00Z", "stageReached": "ONSITE", "channel": "EMAIL",
                 "reasonGiven": "Went with an internal candidate"}
                """);
        assertThat(rejected.statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode timeline = body(send("GET", "/api/v1/candidates/" + candidate + "/timeline", null, TOKEN));
            assertThat(timeline.get("total").asInt()).isEqualTo(2);
            JsonNode newest = timeline.get("items").get(0);
            assertThat(newest.get("type").asString()).isEqualTo("RejectionReceived");
            assertThat(newest.get("occurredAt").asString()).isEqualTo("2026-03-02T09:30:00Z");
            assertThat(newest.get("employerId").asString()).isEqualTo(employerId);
            assertThat(newest.get("employerName").asString()).isEqualTo("Acme Analytics, Inc.");
            assertThat(newest.get("applicationId").asString()).isEqualTo(applicationId);
            assertThat(newest.get("summary").asString()).contains("onsite");
            assertThat(timeline.get("items").get(1).get("type").asString()).isEqualTo("ApplicationTracked");
            assertThat(timeline.get("page").asInt()).isZero();
            assertThat(timeline.get("size").asInt()).isEqualTo(50);
        });
    }

    @Test
    void aUrlTheFirewallRefusesIsAMalformedRequestProblem() throws Exception {
        HttpResponse<String> refused = send("GET", "/api/v1/candidates//timeline", null, TOKEN);

        assertThat(ApiClient.problem(refused, 400).get("type").asString()).isEqualTo("/problems/malformed-request");
    }

    @Test
    void employersAreMatchedByNormalizedNamePerCandidate() throws Exception {
        UUID candidate = UUID.randomUUID();
        HttpResponse<String> first = post("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"Acme Analytics, Inc.\", \"roleTitle\": \"Analyst\"}");
        HttpResponse<String> second = post("/api/v1/candidates/" + candidate + "/applications",
                "{\"employerName\": \"acme analytics\", \"roleTitle\": \"Senior Analyst\"}");

        assertThat(body(second).get("employerId")).isEqualTo(body(first).get("employerId"));
        assertThat(body(second).get("applicationId")).isNotEqualTo(body(first).get("applicationId"));
    }

    @Test
    void timelineFiltersByTypeAndAsOf() throws Exception {
        UUID candidate = UUID.randomUUID();
        String applicationId = trackApplication(candidate, "Globex");
        Instant beforeRejection = Instant.now();
        post("/api/v1/applications/" + applicationId + "/rejection",
                "{\"receivedAt\": \"2026-03-02T09:30:00Z\", \"stageReached\": \"SCREENING\", \"channel\": \"NONE\"}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(body(send("GET",
                "/api/v1/candidates/" + candidate + "/timeline", null, TOKEN)).get("total").asInt()).isEqualTo(2));
        JsonNode rejections = body(send("GET", "/api/v1/candidates/" + candidate
                + "/timeline?type=RejectionReceived", null, TOKEN));
        JsonNode asOf = body(send("GET", "/api/v1/candidates/" + candidate + "/timeline?asOf=" + beforeRejection,
                null, TOKEN));

        assertThat(rejections.get("total").asInt()).isEqualTo(1);
        assertThat(asOf.get("total").asInt()).isEqualTo(1);
        assertThat(asOf.get("items").get(0).get("type").asString()).isEqualTo("ApplicationTracked");
    }

    @Test
    void refusedRuleIsAConflictAPersonCanActOn() throws Exception {
        String applicationId = trackApplication(UUID.randomUUID(), "Initech");
        String rejection = "{\"receivedAt\": \"2026-03-02T09:30:00Z\", \"stageReached\": \"FINAL\", \"channel\": \"PHONE\"}";
        assertThat(post("/api/v1/applications/" + applicationId + "/rejection", rejection).statusCode()).isEqualTo(202);

        HttpResponse<String> again = post("/api/v1/applications/" + applicationId + "/rejection", rejection);

        assertProblem(again, 409);
        assertThat(body(again).get("detail").asString()).contains("already recorded");
        assertThat(body(again).get("type").asString()).isEqualTo("/problems/rule-violated");
    }

    @Test
    void rejectionInTheFutureIsRefused() throws Exception {
        String applicationId = trackApplication(UUID.randomUUID(), "Hooli");

        HttpResponse<String> future = post("/api/v1/applications/" + applicationId + "/rejection",
                "{\"receivedAt\": \"" + Instant.now().plus(Duration.ofDays(2)) + "\", \"stageReached\": \"FINAL\", "
                        + "\"channel\": \"PHONE\"}");

        assertProblem(future, 409);
        assertThat(body(future).get("detail").asString()).contains("lies in the future");
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = post("/api/v1/candidates/" + UUID.randomUUID() + "/applications",
                "{\"employerName\": ");

        assertProblem(response, 400);
    }

    @Test
    void missingRequiredFieldsAreListedAsUnprocessable() throws Exception {
        HttpResponse<String> response = post("/api/v1/candidates/" + UUID.randomUUID() + "/applications",
                "{\"roleTitle\": \" \"}");

        assertProblem(response, 422);
        assertThat(body(response).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("employerName", "roleTitle");
    }

    @Test
    void unknownEnumValueIsUnprocessable() throws Exception {
        String applicationId = trackApplication(UUID.randomUUID(), "Stark");

        HttpResponse<String> response = post("/api/v1/applications/" + applicationId + "/rejection",
                "{\"receivedAt\": \"2026-03-02T09:30:00Z\", \"stageReached\": \"LUNCH\", \"channel\": \"EMAIL\"}");

        assertProblem(response, 422);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("stageReached");
    }

    @Test
    void wrongTypeOfTimeIsUnprocessable() throws Exception {
        String applicationId = trackApplication(UUID.randomUUID(), "Wayne");

        HttpResponse<String> response = post("/api/v1/applications/" + applicationId + "/rejection",
                "{\"receivedAt\": \"last tuesday\", \"stageReached\": \"FINAL\", \"channel\": \"EMAIL\"}");

        assertProblem(response, 422);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("receivedAt");
    }

    @Test
    void unknownApplicationIsNotFound() throws Exception {
        HttpResponse<String> response = post("/api/v1/applications/" + UUID.randomUUID() + "/rejection",
                "{\"receivedAt\": \"2026-03-02T09:30:00Z\", \"stageReached\": \"FINAL\", \"channel\": \"EMAIL\"}");

        assertProblem(response, 404);
    }

    @Test
    void malformedIdInThePathIsABadRequest() throws Exception {
        assertProblem(send("GET", "/api/v1/candidates/not-a-uuid/timeline", null, TOKEN), 400);
    }

    @Test
    void pageSizeAboveTheCapIsUnprocessable() throws Exception {
        assertProblem(send("GET", "/api/v1/candidates/" + UUID.randomUUID() + "/timeline?size=201", null, TOKEN), 422);
    }

    @Test
    void apiNeedsAValidBearerToken() throws Exception {
        HttpResponse<String> none = send("GET", "/api/v1/candidates/" + UUID.randomUUID() + "/timeline", null, null);
        HttpResponse<String> wrong = send("GET", "/api/v1/candidates/" + UUID.randomUUID() + "/timeline", null,
                "not-the-token");

        assertProblem(none, 401);
        assertProblem(wrong, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
    }

    @Test
    void healthIsPublicAndUpWithoutDetails() throws Exception {
        HttpResponse<String> health = send("GET", "/actuator/health", null, null);

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode status = body(health);
        assertThat(status.get("status").asString()).isEqualTo("UP");
        assertThat(status.has("components")).as("no details for anonymous callers").isFalse();
        assertThat(status.has("details")).isFalse();
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> group = send("GET", probe, null, null);
            assertThat(group.statusCode()).as(probe).isEqualTo(200);
            assertThat(body(group).has("components")).as(probe).isFalse();
        }
    }

    @Test
    void noOtherActuatorEndpointAnswersAnyone() throws Exception {
        for (String endpoint : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/metrics", "/actuator/prometheus", "/actuator/info",
                "/actuator/configprops", "/actuator/loggers", "/actuator/mappings", "/actuator/shutdown")) {
            assertThat(send("GET", endpoint, null, null).statusCode()).as("anonymous " + endpoint)
                    .isIn(401, 403, 404);
            assertThat(send("GET", endpoint, null, TOKEN).statusCode()).as("platform admin " + endpoint)
                    .isIn(401, 403, 404);
        }
    }
}
