package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A candidate's progress through the public API, on PostgreSQL: three months of applications, interviews,
 * rejections, feedback, practice and an offer, summarised month by month.
 */
@ReboundHttpTest
class ProgressHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;

    @LocalServerPort
    int port;

    @Test
    void progressIsSummarisedPerMonthNewestFirst() {
        ApiClient api = new ApiClient(port, TOKEN);
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();

        String acme = application(api, candidate, "Acme Analytics", "2026-01-10");
        String globex = application(api, candidate, "Globex", "2026-01-25");
        String initech = application(api, candidate, "Initech", "2026-02-03");
        api.accepted(acme + "/interviews", "{\"stage\": \"SCREENING\", \"heldOn\": \"2026-01-15\"}");
        api.accepted(acme + "/interviews", "{\"stage\": \"FINAL\", \"heldOn\": \"2026-02-05\"}");
        api.accepted(initech + "/interviews", "{\"stage\": \"TECHNICAL\", \"heldOn\": \"2026-02-10\"}");
        api.accepted(globex + "/interviews", "{\"stage\": \"ONSITE\", \"heldOn\": \"2026-02-12\"}");
        api.accepted(acme + "/rejection",
                "{\"receivedAt\": \"2026-02-20T09:00:00Z\", \"stageReached\": \"FINAL\", \"channel\": \"EMAIL\"}");
        api.accepted(globex + "/rejection",
                "{\"receivedAt\": \"2026-02-25T09:00:00Z\", \"stageReached\": \"ONSITE\", \"channel\": \"PHONE\"}");
        api.accepted(acme + "/feedback",
                "{\"receivedAt\": \"2026-02-22T09:00:00Z\", \"points\": [{\"text\": \"Rushed the case study\"}]}");
        api.accepted(globex + "/feedback-declined", "{\"receivedAt\": \"2026-02-26T09:00:00Z\"}");
        api.accepted(initech + "/offer", "{\"receivedAt\": \"2026-03-04T12:00:00Z\", \"note\": \"Start in April\"}");
        api.accepted(candidate + "/practice-sessions",
                "{\"heldOn\": \"2026-01-20\", \"type\": \"READING\", \"minutes\": 30}");
        api.accepted(candidate + "/practice-sessions", """
                {"heldOn": "2026-03-06", "type": "MOCK_INTERVIEW", "minutes": 60,
                 "weaknesses": ["communication.answer-structure"]}""");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode progress = ApiClient.json(api.get(candidate + "/progress"));
            assertThat(progress.propertyNames()).containsExactly("items");
            assertThat(progress.get("items").toString()).isEqualTo("["
                    + "{\"month\":\"2026-03\",\"applications\":0,\"furthestStage\":null,\"rejections\":0,"
                    + "\"offers\":1,\"feedbackRate\":null,\"practiceMinutes\":60},"
                    + "{\"month\":\"2026-02\",\"applications\":1,\"furthestStage\":\"FINAL\",\"rejections\":2,"
                    + "\"offers\":0,\"feedbackRate\":0.5,\"practiceMinutes\":0},"
                    + "{\"month\":\"2026-01\",\"applications\":2,\"furthestStage\":\"SCREENING\",\"rejections\":0,"
                    + "\"offers\":0,\"feedbackRate\":null,\"practiceMinutes\":30}]");
        });
    }

    @Test
    void aCandidateWithNothingRecordedHasNoMonths() {
        ApiClient api = new ApiClient(port, TOKEN);

        JsonNode progress = ApiClient.json(api.get("/api/v1/candidates/" + UUID.randomUUID() + "/progress"));

        assertThat(progress.toString()).isEqualTo("{\"items\":[]}");
    }

    private static String application(ApiClient api, String candidate, String employer, String appliedOn) {
        JsonNode tracked = api.accepted(candidate + "/applications",
                "{\"employerName\": \"%s\", \"roleTitle\": \"Data Analyst\", \"appliedOn\": \"%s\"}"
                        .formatted(employer, appliedOn));
        return "/api/v1/applications/" + tracked.get("applicationId").asString();
    }
}
