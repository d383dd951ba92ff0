package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding a read model over HTTP: it starts, reports its progress, ends, and answers as before. */
@ReboundHttpTest
class ReadModelReplayHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void replayedTimelineAnswersExactlyAsBefore() {
        ApiClient api = new ApiClient(port, TOKEN);
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();
        for (String employer : new String[] {"Acme", "Globex", "Initech"}) {
            String application = "/api/v1/applications/" + api.accepted(candidate + "/applications",
                    "{\"employerName\": \"%s\", \"roleTitle\": \"Analyst\"}".formatted(employer))
                    .get("applicationId").asString();
            api.accepted(application + "/rejection", "{\"receivedAt\": \"%s\", \"stageReached\": \"ONSITE\", "
                    .formatted(Instant.now().minusSeconds(3600)) + "\"channel\": \"EMAIL\"}");
        }
        await().atMost(PATIENCE).until(() -> ApiClient.json(api.get(candidate + "/timeline")).get("total").asInt() == 6);
        String before = api.get(candidate + "/timeline").body();

        JsonNode started = api.accepted("/api/v1/admin/projections/timeline/replay", null);
        assertThat(started.get("name").asString()).isEqualTo("timeline");
        assertThat(started.get("state").asString()).isIn("STARTING", "REPLAYING");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode progress = ApiClient.json(api.get("/api/v1/admin/projections/timeline/replay"));
            assertThat(progress.get("state").asString()).isEqualTo("DONE");
            assertThat(progress.get("done").asBoolean()).isTrue();
            assertThat(progress.get("position").asLong()).isGreaterThanOrEqualTo(progress.get("headPosition").asLong());
            assertThat(progress.get("progress").asDouble()).isEqualTo(1.0);
            assertThat(progress.get("finishedAt").asString()).isNotBlank();
        });
        assertThat(api.get(candidate + "/timeline").body()).isEqualTo(before);
    }

    @Test
    void listsTheReadModels() {
        JsonNode list = ApiClient.json(new ApiClient(port, TOKEN).get("/api/v1/admin/projections"));

        assertThat(list.get("items").findValuesAsString("name")).contains("timeline");
    }

    @Test
    void unknownReadModelIsNotFound() {
        ApiClient api = new ApiClient(port, TOKEN);

        ApiClient.problem(api.post("/api/v1/admin/projections/no-such-model/replay", null), 404);
        ApiClient.problem(api.get("/api/v1/admin/projections/no-such-model/replay"), 404);
    }

    @Test
    void replayNeedsAToken() {
        assertThat(new ApiClient(port, null).post("/api/v1/admin/projections/timeline/replay", null).statusCode())
                .isEqualTo(401);
    }
}
