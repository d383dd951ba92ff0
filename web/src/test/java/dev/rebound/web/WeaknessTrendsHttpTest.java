package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static dev.rebound.web.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Weakness trends through the public API, on PostgreSQL: feedback from two employers is evaluated, one weakness is
 * practised, one marked addressed, and the read model shows each weakness's exact figures and status.
 */
@ReboundHttpTest
class WeaknessTrendsHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;

    private static final String LISTENING = "communication.active-listening";
    private static final String DEPTH = "technology.technical-depth";
    private static final String PREPARATION = "professionalism.preparation";
    private static final String COLLABORATION = "teamwork.collaboration";

    @LocalServerPort
    int port;

    @Test
    void weaknessesTrendWithMentionsPracticeAndMarks() {
        ApiClient api = new ApiClient(port, TOKEN);
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();

        String acme = application(api, candidate, "Acme Analytics");
        String globex = application(api, candidate, "Globex");
        api.accepted(acme + "/rejection",
                "{\"receivedAt\": \"2026-01-20T10:00:00Z\", \"stageReached\": \"TECHNICAL\", \"channel\": \"EMAIL\"}");
        api.accepted(globex + "/rejection",
                "{\"receivedAt\": \"2026-02-10T10:00:00Z\", \"stageReached\": \"ONSITE\", \"channel\": \"PHONE\"}");

        List<String> acmePoints = feedback(api, acme, "2026-01-22T10:00:00Z", 3);
        api.accepted(acme + "/evaluation", """
                {"evaluatedAt": "2026-01-24T10:00:00Z", "points": [
                  {"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 4, "credibility": 5,
                   "weaknesses": ["%s"]},
                  {"pointId": "%s", "verdict": "PARTLY", "weaknesses": ["%s", "%s"]},
                  {"pointId": "%s", "verdict": "REJECTED", "ringsTrue": 5, "credibility": 5,
                   "weaknesses": ["technology.tools"]}]}"""
                .formatted(acmePoints.get(0), LISTENING, acmePoints.get(1), LISTENING, DEPTH, acmePoints.get(2)));
        List<String> globexPoints = feedback(api, globex, "2026-02-12T10:00:00Z", 1);
        api.accepted(globex + "/evaluation", """
                {"evaluatedAt": "2026-02-14T10:00:00Z", "points": [
                  {"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 3, "credibility": 4,
                   "weaknesses": ["%s", "%s"]}]}""".formatted(globexPoints.getFirst(), LISTENING, PREPARATION));

        api.accepted(candidate + "/practice-sessions",
                "{\"heldOn\": \"2026-02-20\", \"type\": \"MOCK_INTERVIEW\", \"minutes\": 45, \"weaknesses\": [\"%s\"]}"
                        .formatted(LISTENING));
        api.accepted(candidate + "/practice-sessions",
                "{\"heldOn\": \"2026-02-21\", \"type\": \"COURSE\", \"minutes\": 30, \"weaknesses\": [\"%s\"]}"
                        .formatted(COLLABORATION));
        assertThat(api.send("PUT", candidate + "/weaknesses/" + DEPTH + "/addressed",
                "{\"note\": \"Took the statistics course\"}").statusCode()).isEqualTo(204);
        assertThat(api.send("PUT", candidate + "/weaknesses/" + COLLABORATION + "/addressed", null).statusCode())
                .isEqualTo(204);

        JsonNode unknown = problem(api.send("PUT", candidate + "/weaknesses/communication.mumbling/addressed",
                "{\"note\": \"?\"}"), 422);
        assertThat(unknown.get("errors").findValuesAsString("field")).containsExactly("key");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode items = ApiClient.json(api.get(candidate + "/weakness-trends")).get("items");
            assertThat(items.valueStream().map(item -> item.get("key").asString()))
                    .containsExactly(LISTENING, PREPARATION, DEPTH, COLLABORATION);
            assertThat(items.valueStream().map(item -> item.get("status").asString()))
                    .containsExactly("IMPROVING", "OPEN", "ADDRESSED", "ADDRESSED");

            JsonNode listening = items.get(0);
            assertThat(listening.propertyNames()).containsExactlyInAnyOrder("key", "competency", "competencyLabel",
                    "mentions", "distinctEmployers", "recurring", "weightedScore", "firstSeen", "lastSeen",
                    "practiceMinutes", "status", "monthly");
            assertThat(listening.get("competency").asString()).isEqualTo("communication");
            assertThat(listening.get("competencyLabel").asString()).isEqualTo("Communication");
            assertThat(listening.get("mentions").asInt()).isEqualTo(3);
            assertThat(listening.get("distinctEmployers").asInt()).isEqualTo(2);
            assertThat(listening.get("recurring").asBoolean()).isTrue();
            // 4/5 × 5/5 + (3/5 × 3/5) × ½ + 4/5 × 3/5
            assertThat(listening.get("weightedScore").asDouble()).isCloseTo(0.8 + 0.18 + 0.48, within(1e-9));
            assertThat(listening.get("firstSeen").asString()).isEqualTo("2026-01-24T10:00:00Z");
            assertThat(listening.get("lastSeen").asString()).isEqualTo("2026-02-14T10:00:00Z");
            assertThat(listening.get("practiceMinutes").asInt()).isEqualTo(45);
            assertThat(listening.get("monthly").toString())
                    .isEqualTo("[{\"month\":\"2026-01\",\"mentions\":2},{\"month\":\"2026-02\",\"mentions\":1}]");

            JsonNode preparation = items.get(1);
            assertThat(preparation.get("competency").asString()).isEqualTo("professionalism");
            assertThat(preparation.get("mentions").asInt()).isEqualTo(1);
            assertThat(preparation.get("recurring").asBoolean()).isFalse();
            assertThat(preparation.get("weightedScore").asDouble()).isCloseTo(0.48, within(1e-9));

            JsonNode depth = items.get(2);
            assertThat(depth.get("competencyLabel").asString()).isEqualTo("Technology");
            assertThat(depth.get("weightedScore").asDouble()).isCloseTo(0.18, within(1e-9));
            assertThat(depth.get("firstSeen").asString()).isEqualTo("2026-01-24T10:00:00Z");
            assertThat(depth.get("practiceMinutes").asInt()).isZero();

            JsonNode collaboration = items.get(3);
            assertThat(collaboration.get("mentions").asInt()).isZero();
            assertThat(collaboration.get("weightedScore").asDouble()).isZero();
            assertThat(collaboration.get("firstSeen").isNull()).isTrue();
            assertThat(collaboration.get("lastSeen").isNull()).isTrue();
            assertThat(collaboration.get("practiceMinutes").asInt()).isEqualTo(30);
            assertThat(collaboration.get("monthly")).isEmpty();
        });
    }

    private static String application(ApiClient api, String candidate, String employer) {
        JsonNode tracked = api.accepted(candidate + "/applications",
                "{\"employerName\": \"%s\", \"roleTitle\": \"Data Analyst\", \"appliedOn\": \"2026-01-05\"}"
                        .formatted(employer));
        return "/api/v1/applications/" + tracked.get("applicationId").asString();
    }

    private static List<String> feedback(ApiClient api, String application, String receivedAt, int points) {
        String texts = String.join(", ", Collections.nCopies(points, "{\"text\": \"A point\"}"));
        JsonNode received = api.accepted(application + "/feedback",
                "{\"receivedAt\": \"%s\", \"points\": [%s]}".formatted(receivedAt, texts));
        return received.get("pointIds").valueStream().map(JsonNode::asString).toList();
    }
}
