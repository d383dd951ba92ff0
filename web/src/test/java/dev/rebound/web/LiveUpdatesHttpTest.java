package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live views as server-sent events: the timeline (the current page, then each new entry) and the to-do list (the
 * whole list, then again on every change).
 */
@ReboundHttpTest
class LiveUpdatesHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Test
    void newEntriesArriveOnTheOpenStream() throws Exception {
        ApiClient api = new ApiClient(port, TOKEN);
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();
        String application = "/api/v1/applications/" + api.accepted(candidate + "/applications",
                "{\"employerName\": \"Acme\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() ->
                ApiClient.json(api.get(candidate + "/timeline")).get("total").asInt() == 1);

        try (ApiClient.EventStream stream = api.stream(candidate + "/timeline")) {
            assertThat(stream.nextData("timeline", PATIENCE)).contains("\"total\":1", "ApplicationTracked");

            api.accepted(application + "/rejection", "{\"receivedAt\": \"%s\", \"stageReached\": \"FINAL\", "
                    .formatted(Instant.now().minusSeconds(60)) + "\"channel\": \"PHONE\"}");

            assertThat(stream.nextData("entry", PATIENCE)).contains("\"type\":\"RejectionReceived\"",
                    "\"employerName\":\"Acme\"");
        }
    }

    @Test
    void streamOfAnotherCandidateStaysQuiet() throws Exception {
        ApiClient api = new ApiClient(port, TOKEN);
        String watched = "/api/v1/candidates/" + UUID.randomUUID();
        String other = "/api/v1/candidates/" + UUID.randomUUID();

        try (ApiClient.EventStream stream = api.stream(watched + "/timeline")) {
            assertThat(stream.nextData("timeline", PATIENCE)).contains("\"total\":0");
            api.accepted(other + "/applications", "{\"employerName\": \"Globex\", \"roleTitle\": \"Analyst\"}");
            api.accepted(watched + "/applications", "{\"employerName\": \"Initech\", \"roleTitle\": \"Analyst\"}");

            assertThat(stream.nextData("entry", PATIENCE)).contains("Initech").doesNotContain("Globex");
        }
    }

    @Test
    void toDoListArrivesWholeOnEveryChange() throws Exception {
        ApiClient api = new ApiClient(port, TOKEN);
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();
        String application = "/api/v1/applications/" + api.accepted(candidate + "/applications",
                "{\"employerName\": \"Hooli\", \"roleTitle\": \"Analyst\"}").get("applicationId").asString();

        try (ApiClient.EventStream stream = api.stream(candidate + "/todo")) {
            assertThat(stream.nextData("todo", PATIENCE)).isEqualTo("{\"items\":[]}");

            api.accepted(application + "/rejection", "{\"receivedAt\": \"%s\", \"stageReached\": \"FINAL\", "
                    .formatted(Instant.now().minusSeconds(60)) + "\"channel\": \"PHONE\"}");

            assertThat(stream.nextData("todo", PATIENCE)).contains("\"type\":\"FEEDBACK_REQUEST_DUE\"",
                    "\"employerName\":\"Hooli\"");
        }
    }

    @Test
    void streamNeedsAToken() {
        assertThat(new ApiClient(port, null).send("GET", "/api/v1/candidates/" + UUID.randomUUID() + "/timeline",
                null, java.util.Map.of("Accept", "text/event-stream")).statusCode()).isEqualTo(401);
    }
}
