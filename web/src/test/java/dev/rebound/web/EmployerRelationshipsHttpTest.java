package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A candidate's employer relationships over HTTP on PostgreSQL: what was recorded through the command endpoints
 * shows up, exactly, on {@code GET /api/v1/candidates/{candidateId}/employer-relationships}.
 */
@ReboundHttpTest
class EmployerRelationshipsHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;

    @LocalServerPort
    int port;

    /** Six days ago, so that no feedback request (answer expected within 14 days) can have timed out. */
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(6));

    private Instant at(int days, int hours) {
        return start.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    @Test
    void showsEachEmployersApplicationsFeedbackContactsAndFollowUp() {
        ApiClient api = new ApiClient(port, TOKEN);
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();

        // Acme: two applications (one under another spelling), feedback received on the first, a thank-you
        JsonNode acme = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Acme Analytics, Inc.\", \"roleTitle\": \"Data Analyst\"}");
        String a1 = "/api/v1/applications/" + acme.get("applicationId").asString();
        api.accepted(a1 + "/interviews", "{\"stage\": \"SCREENING\", \"heldOn\": \"2026-01-05\"}");
        api.accepted(a1 + "/interviews", "{\"stage\": \"TECHNICAL\", \"heldOn\": \"2026-01-09\"}");
        api.accepted(a1 + "/rejection", rejection(at(0, 0), "TECHNICAL"));
        api.accepted(a1 + "/feedback-requests", feedbackRequest(at(0, 2)));
        api.accepted(candidate + "/employer-contacts",
                contact(acme.get("employerId").asString(), at(0, 3), "OUTBOUND", "THANK_YOU"));
        api.accepted(a1 + "/feedback", "{\"receivedAt\": \"%s\", \"points\": [{\"text\": \"Rushed the case\"}]}"
                .formatted(at(1, 0)));
        JsonNode acmeAgain = api.accepted(candidate + "/applications",
                "{\"employerName\": \"acme analytics\", \"roleTitle\": \"Senior Analyst\"}");
        api.accepted("/api/v1/applications/" + acmeAgain.get("applicationId").asString() + "/interviews",
                "{\"stage\": \"PANEL\", \"heldOn\": \"2026-02-02\"}");

        // Globex: asked for feedback, then marked do-not-contact: the follow-up is hidden
        JsonNode globex = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Globex\", \"roleTitle\": \"Analytics Engineer\"}");
        String a3 = "/api/v1/applications/" + globex.get("applicationId").asString();
        api.accepted(a3 + "/rejection", rejection(at(1, 0), "ONSITE"));
        api.accepted(a3 + "/feedback-requests", feedbackRequest(at(1, 2)));
        assertThat(api.send("PUT", candidate + "/employers/" + globex.get("employerId").asString()
                + "/do-not-contact", "{\"doNotContact\": true, \"reason\": \"Asked me to stop\"}").statusCode())
                .isEqualTo(204);

        // Initech: asked for feedback, the follow-up is due a week later; they wrote back to keep in touch
        JsonNode initech = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"BI Developer\"}");
        String a4 = "/api/v1/applications/" + initech.get("applicationId").asString();
        api.accepted(a4 + "/rejection", rejection(at(2, 0), "FINAL"));
        api.accepted(a4 + "/feedback-requests", feedbackRequest(at(2, 1)));
        api.accepted(candidate + "/employer-contacts",
                contact(initech.get("employerId").asString(), at(4, 0), "INBOUND", "KEEP_IN_TOUCH"));

        JsonNode expected = JsonMapper.builder().build().readTree("""
                {"items": [
                  {"employerId": "%s", "employerName": "Initech", "applications": 1, "furthestStage": "FINAL",
                   "feedbackStatus": "REQUESTED", "lastContactAt": "%s", "thankYouSent": false,
                   "nextFollowUpDue": "%s", "doNotContact": false, "contacts": 2},
                  {"employerId": "%s", "employerName": "Globex", "applications": 1, "furthestStage": "ONSITE",
                   "feedbackStatus": "REQUESTED", "lastContactAt": "%s", "thankYouSent": false,
                   "nextFollowUpDue": null, "doNotContact": true, "contacts": 1},
                  {"employerId": "%s", "employerName": "Acme Analytics, Inc.", "applications": 2,
                   "furthestStage": "PANEL", "feedbackStatus": "NONE", "lastContactAt": "%s", "thankYouSent": true,
                   "nextFollowUpDue": null, "doNotContact": false, "contacts": 2}
                ]}""".formatted(
                initech.get("employerId").asString(), at(4, 0), at(9, 1),
                globex.get("employerId").asString(), at(1, 2),
                acme.get("employerId").asString(), at(0, 3)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ApiClient.json(api.get(candidate + "/employer-relationships"))).isEqualTo(expected));

        assertThat(ApiClient.json(api.get("/api/v1/candidates/" + UUID.randomUUID() + "/employer-relationships")))
                .isEqualTo(JsonMapper.builder().build().readTree("{\"items\": []}"));
    }

    private static String rejection(Instant receivedAt, String stage) {
        return "{\"receivedAt\": \"%s\", \"stageReached\": \"%s\", \"channel\": \"EMAIL\"}".formatted(receivedAt, stage);
    }

    private static String feedbackRequest(Instant sentAt) {
        return "{\"sentAt\": \"%s\", \"channel\": \"EMAIL\", \"questions\": [\"weak-areas\"]}".formatted(sentAt);
    }

    private static String contact(String employerId, Instant at, String direction, String purpose) {
        return """
                {"employerId": "%s", "contactedAt": "%s", "direction": "%s", "channel": "EMAIL",
                 "purpose": "%s", "message": "Thank you for your time"}""".formatted(employerId, at, direction, purpose);
    }
}
