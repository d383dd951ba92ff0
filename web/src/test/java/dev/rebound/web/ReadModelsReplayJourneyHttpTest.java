package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read model, rebuilt from the event store, answers exactly as before: a realistic journey is recorded, every
 * view is read, every read model is replayed, and every view is read again.
 */
@ReboundHttpTest
class ReadModelsReplayJourneyHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    WebProperties properties;

    @Autowired
    JdbcClient jdbc;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(90));

    private Instant at(int days) {
        return start.plus(Duration.ofDays(days));
    }

    private LocalDate on(int days) {
        return LocalDate.ofInstant(at(days), ZoneOffset.UTC);
    }

    @Test
    void everyReadModelReplaysToTheSameAnswers() {
        ApiClient api = new ApiClient(port, TOKEN);
        UUID candidateId = UUID.randomUUID();
        String candidate = "/api/v1/candidates/" + candidateId;
        recordJourney(api, candidate);
        // the application is shared: the organization's contact audit is read for this candidate only
        List<String> views = List.of(candidate + "/timeline?size=200", candidate + "/weakness-trends",
                candidate + "/employer-relationships", candidate + "/todo", candidate + "/progress",
                "/api/v1/organizations/" + properties.defaultOrganizationId() + "/contact-audit?size=200&candidateId="
                        + candidateId,
                "/api/v1/organizations/" + properties.defaultOrganizationId() + "/analytics");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lagging(api)).isEmpty());
        Map<String, String> before = read(api, views);
        String csvBefore = csv(api, candidateId);
        assertThat(ApiClient.json(api.get(candidate + "/timeline?size=200")).get("total").asInt()).isGreaterThan(20);

        List<String> readModels = ApiClient.json(api.get("/api/v1/admin/projections")).get("items")
                .findValuesAsString("name");
        assertThat(readModels).contains("timeline", "weakness-trends", "employer-relationships", "contact-audit",
                "todo", "progress", "analytics");
        readModels.forEach(name -> api.accepted("/api/v1/admin/projections/" + name + "/replay", null));
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String name : readModels) {
                JsonNode status = ApiClient.json(api.get("/api/v1/admin/projections/" + name + "/replay"));
                assertThat(status.get("state").asString()).as(name).isEqualTo("DONE");
            }
        });

        Map<String, String> after = read(api, views);
        views.forEach(view -> assertThat(after.get(view)).as(view).isEqualTo(before.get(view)));
        assertThat(csv(api, candidateId)).isEqualTo(csvBefore);
    }

    /**
     * Read models not yet at the event store's head. The head is the event store's own: a read model replayed by an
     * earlier test class of the shared application reports the head of that replay.
     */
    private List<String> lagging(ApiClient api) {
        long head = jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry").query(Long.class)
                .single();
        return ApiClient.json(api.get("/api/v1/admin/projections")).get("items").valueStream()
                .filter(model -> model.get("position").asLong() < head)
                .map(model -> model.get("name").asString())
                .toList();
    }

    private static Map<String, String> read(ApiClient api, List<String> views) {
        Map<String, String> answers = new LinkedHashMap<>();
        views.forEach(view -> {
            var response = api.get(view);
            assertThat(response.statusCode()).as(view).isEqualTo(200);
            answers.put(view, response.body());
        });
        return answers;
    }

    private String csv(ApiClient api, UUID candidateId) {
        var response = api.send("GET", "/api/v1/organizations/" + properties.defaultOrganizationId()
                + "/contact-audit?candidateId=" + candidateId, null, Map.of("Accept", "text/csv"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void recordJourney(ApiClient api, String candidate) {
        String[][] employers = {{"Acme Analytics, Inc.", "Data Analyst"}, {"Globex", "Analytics Engineer"},
                {"Initech", "BI Developer"}, {"Umbrella", "Data Scientist"}, {"acme analytics", "Senior Analyst"}};
        String[] applications = new String[employers.length];
        String[] employerIds = new String[employers.length];
        for (int i = 0; i < employers.length; i++) {
            JsonNode tracked = api.accepted(candidate + "/applications", """
                    {"employerName": "%s", "roleTitle": "%s", "appliedOn": "%s", "source": "job board"}"""
                    .formatted(employers[i][0], employers[i][1], on(i * 7)));
            applications[i] = "/api/v1/applications/" + tracked.get("applicationId").asString();
            employerIds[i] = tracked.get("employerId").asString();
            api.accepted(applications[i] + "/interviews", """
                    {"stage": "SCREENING", "heldOn": "%s", "interviewers": ["Recruiter %d"],
                     "reflection": {"preparedBehavioralAnswers": true, "notes": "Went fine"}}""".formatted(on(i * 7 + 3), i));
        }
        api.accepted(applications[0] + "/interviews", "{\"stage\": \"TECHNICAL\", \"heldOn\": \"%s\"}".formatted(on(10)));
        api.accepted(applications[1] + "/interviews", "{\"stage\": \"ONSITE\", \"heldOn\": \"%s\"}".formatted(on(17)));
        String[] stages = {"TECHNICAL", "ONSITE", "SCREENING", "SCREENING"};
        for (int i = 0; i < 4; i++) {
            api.accepted(applications[i] + "/rejection", """
                    {"receivedAt": "%s", "stageReached": "%s", "channel": "EMAIL"}""".formatted(at(i * 7 + 14), stages[i]));
        }
        // Acme: asked within the day, answered, evaluated (early and on time)
        api.accepted(applications[0] + "/feedback-requests", request(at(14).plus(Duration.ofHours(3)), "weak-areas"));
        List<String> acmePoints = api.accepted(applications[0] + "/feedback", """
                {"receivedAt": "%s", "specificity": "SPECIFIC", "giver": {"name": "Dana", "role": "Hiring manager"},
                 "points": [{"text": "Interrupted the panel"}, {"text": "Shallow statistics"}, {"text": "Late"}]}"""
                .formatted(at(16))).get("pointIds").valueStream().map(JsonNode::asString).toList();
        api.accepted(applications[0] + "/evaluation", evaluation(at(16).plus(Duration.ofHours(2)), true,
                acmePoints.get(0), "ACCEPTED", 5, 4, "communication.active-listening"));
        api.accepted(applications[0] + "/evaluation", evaluation(at(18), false, acmePoints.get(1), "PARTLY", null, 3,
                "technology.technical-depth"));
        api.accepted(candidate + "/employer-contacts", contact(employerIds[0], at(16), "THANK_YOU",
                "Thank you for the detailed feedback, it helps a lot."));
        // Globex: asked late, declined
        api.accepted(applications[1] + "/feedback-requests", request(at(24), "improve"));
        api.accepted(applications[1] + "/feedback-declined", "{\"receivedAt\": \"%s\"}".formatted(at(25)));
        api.accepted(candidate + "/employer-contacts", contact(employerIds[1], at(25), "OTHER",
                "That was unfair, and the interviewer was rude, \"honestly\"."));
        // Initech: request and follow-up, answered, evaluated; a recurring weakness at a second employer
        api.accepted(applications[2] + "/feedback-requests", request(at(28).plus(Duration.ofHours(1)), "interview-advice"));
        api.accepted(applications[2] + "/feedback-requests", request(at(35), "keep-doing"));
        String initechPoint = api.accepted(applications[2] + "/feedback", """
                {"receivedAt": "%s", "points": [{"text": "Talked over the interviewer"}]}""".formatted(at(36)))
                .get("pointIds").get(0).asString();
        api.accepted(applications[2] + "/evaluation", evaluation(at(38), false, initechPoint, "ACCEPTED", 4, 5,
                "communication.active-listening"));
        // Umbrella: nothing asked yet (a to-do); do-not-contact after a contact
        api.accepted(candidate + "/employer-contacts", contact(employerIds[3], at(36), "KEEP_IN_TOUCH", "Hello,\nstill keen"));
        assertThat(api.send("PUT", candidate + "/employers/" + employerIds[3] + "/do-not-contact",
                "{\"doNotContact\": true, \"reason\": \"Asked me to stop\"}").statusCode()).isEqualTo(204);
        // practice, a weakness marked addressed, and the offer
        api.accepted(candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 60, "weaknesses": ["communication.active-listening"],
                 "selfRating": 3}""".formatted(on(40)));
        api.accepted(candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "COURSE", "minutes": 90, "weaknesses": ["technology.technical-depth"]}"""
                .formatted(on(42)));
        assertThat(api.send("PUT", candidate + "/weaknesses/technology.technical-depth/addressed",
                "{\"note\": \"Finished the statistics course\"}").statusCode()).isEqualTo(204);
        api.accepted(applications[4] + "/interviews", "{\"stage\": \"FINAL\", \"heldOn\": \"%s\"}".formatted(on(50)));
        api.accepted(applications[4] + "/offer", "{\"receivedAt\": \"%s\", \"note\": \"Start soon\"}".formatted(at(55)));
    }

    private static String request(Instant sentAt, String question) {
        return """
                {"sentAt": "%s", "channel": "EMAIL", "contactName": "Dana, Recruiter", "questions": ["%s",
                 {"text": "Which answer, in your view, needed more depth?"}]}""".formatted(sentAt, question);
    }

    private static String contact(String employerId, Instant at, String purpose, String message) {
        return """
                {"employerId": "%s", "contactedAt": "%s", "direction": "OUTBOUND", "channel": "EMAIL",
                 "purpose": "%s", "contactName": "Dana", "message": %s}"""
                .formatted(employerId, at, purpose, tools.jackson.databind.json.JsonMapper.builder().build()
                        .writeValueAsString(message));
    }

    private static String evaluation(Instant at, boolean early, String point, String verdict, Integer ringsTrue,
                                     Integer credibility, String weakness) {
        return """
                {"evaluatedAt": "%s", "early": %s, "fitNotes": "Prefers small teams",
                 "points": [{"pointId": "%s", "verdict": "%s", "ringsTrue": %s, "credibility": %s,
                             "weaknesses": ["%s"]}]}""".formatted(at, early, point, verdict, ringsTrue, credibility,
                weakness);
    }
}
