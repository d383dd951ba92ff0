package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.rebound.web.ApiClient.json;
import static dev.rebound.web.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Organization analytics through the public API, on PostgreSQL: two candidates' applications, rejections, feedback
 * cycles, practice and an offer recorded through the command endpoints, read back as exactly known cohort figures
 * that name no one.
 */
@ReboundHttpTest
class AnalyticsHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(60));

    private Instant day(int days, int hours) {
        return start.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    private LocalDate date(int days) {
        return LocalDate.ofInstant(day(days, 0), ZoneOffset.UTC);
    }

    @Test
    void analystSeesTheCohortsFiguresAndNothingPersonal() {
        // an organization of its own: the figures are the whole organization's
        NewOrganization organization = NewOrganization.create(port, "Analytics Co-op");
        ApiClient api = organization.admin();
        String analytics = "/api/v1/organizations/" + organization.id() + "/analytics";
        String ada = organization.candidate("Ada");
        String ben = organization.candidate("Ben");

        // Ada, Acme: technical interview; asked exactly 24 h after the rejection; answered 6 h later
        String acme = track(api, ada, "Acme Analytics");
        interview(api, acme, "TECHNICAL", date(3));
        reject(api, acme, day(10, 9), "TECHNICAL");
        request(api, acme, day(11, 9));
        List<String> acmePoints = feedback(api, acme, day(11, 15), 2);
        evaluate(api, acme, day(13, 9),
                point(acmePoints.get(0), "ACCEPTED", "communication.active-listening", "teamwork.collaboration"),
                point(acmePoints.get(1), "REJECTED", "technology.tools"));
        api.accepted("/api/v1/candidates/" + ada + "/practice-sessions", """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 45, "selfRating": 3,
                 "weaknesses": ["communication.active-listening", "teamwork.collaboration"]}""".formatted(date(14)));

        // Ada, Globex: onsite; asked 25 h after the rejection; answered 10 h later
        String globex = track(api, ada, "Globex");
        interview(api, globex, "ONSITE", date(18));
        reject(api, globex, day(20, 9), "ONSITE");
        request(api, globex, day(21, 10));
        List<String> globexPoints = feedback(api, globex, day(21, 20), 1);
        evaluate(api, globex, day(23, 9), point(globexPoints.getFirst(), "PARTLY", "technology.technical-depth"));

        // Ben, Initech: rejected at the final stage; asked within 3 h; answered 14 h later
        String initech = track(api, ben, "Initech");
        reject(api, initech, day(25, 9), "FINAL");
        request(api, initech, day(25, 12));
        List<String> initechPoints = feedback(api, initech, day(26, 2), 1);
        evaluate(api, initech, day(28, 9), point(initechPoints.getFirst(), "ACCEPTED",
                "communication.active-listening"));

        // Ben, Hooli: panel interview, then an offer; Ben, Umbrella: rejected, asked after two days, no answer
        String hooli = track(api, ben, "Hooli");
        interview(api, hooli, "PANEL", date(30));
        api.accepted("/api/v1/applications/" + hooli + "/offer", "{\"receivedAt\": \"%s\"}".formatted(day(35, 9)));
        String umbrella = track(api, ben, "Umbrella");
        reject(api, umbrella, day(36, 9), "OTHER");
        request(api, umbrella, day(38, 9));

        // rejections 4, within 24 h: acme (exactly), initech → 0.5; asked 4, answered 3 → 0.75; hours 6, 10, 14 →
        // median 10; mentions: communication 2, teamwork 1, technology 1 (tools was rejected); weaknesses: Ada's
        // listening and collaboration improving (practised), her technical depth and Ben's listening open → 0.5
        JsonNode expected = JSON.readTree("""
                {"feedbackRequestedWithin24hRate": 0.5, "feedbackResponseRate": 0.75, "medianHoursToFeedback": 10.0,
                 "weaknessByCompetency": {"career-development": 0, "communication": 2, "critical-thinking": 0,
                                          "equity-inclusion": 0, "leadership": 0, "professionalism": 0,
                                          "teamwork": 1, "technology": 1},
                 "improvementRate": 0.5, "offers": 1, "rejections": 4, "applications": 5, "candidates": 2,
                 "furthestStages": {"OTHER": 1, "SCREENING": 0, "TECHNICAL": 1, "ONSITE": 1, "PANEL": 1,
                                    "FINAL": 1}}""");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> response = api.get(analytics);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response)).isEqualTo(expected);
        });

        HttpResponse<String> figures = api.get(analytics);
        JsonNode body = json(figures);
        assertThat(body.propertyNames()).containsExactly("feedbackRequestedWithin24hRate", "feedbackResponseRate",
                "medianHoursToFeedback", "weaknessByCompetency", "improvementRate", "offers", "rejections",
                "applications", "candidates", "furthestStages");
        assertThat(body.get("weaknessByCompetency").propertyNames()).containsExactly("career-development",
                "communication", "critical-thinking", "equity-inclusion", "leadership", "professionalism",
                "teamwork", "technology");
        assertThat(body.get("furthestStages").propertyNames())
                .containsExactly("OTHER", "SCREENING", "TECHNICAL", "ONSITE", "PANEL", "FINAL");
        assertThat(figures.body()).doesNotContain(ada, ben, acme, globex, initech, "Acme", "Globex", "Initech",
                "Dana", "interrupted");

        // another tenant's id in the path is answered as if it did not exist
        problem(api.get("/api/v1/organizations/" + UUID.randomUUID() + "/analytics"), 404);
        problem(api.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001/analytics"), 404);
        assertThat(new ApiClient(port, null).get(analytics).statusCode()).isEqualTo(401);
    }

    private static String track(ApiClient api, String candidate, String employer) {
        return api.accepted("/api/v1/candidates/" + candidate + "/applications",
                JSON.writeValueAsString(Map.of("employerName", employer, "roleTitle", "Data Analyst")))
                .get("applicationId").asString();
    }

    private static void interview(ApiClient api, String application, String stage, LocalDate heldOn) {
        api.accepted("/api/v1/applications/" + application + "/interviews",
                "{\"stage\": \"%s\", \"heldOn\": \"%s\", \"interviewers\": [\"Dana\"]}".formatted(stage, heldOn));
    }

    private static void reject(ApiClient api, String application, Instant receivedAt, String stage) {
        api.accepted("/api/v1/applications/" + application + "/rejection",
                "{\"receivedAt\": \"%s\", \"stageReached\": \"%s\", \"channel\": \"EMAIL\"}"
                        .formatted(receivedAt, stage));
    }

    private static void request(ApiClient api, String application, Instant sentAt) {
        api.accepted("/api/v1/applications/" + application + "/feedback-requests",
                "{\"sentAt\": \"%s\", \"channel\": \"EMAIL\", \"contactName\": \"Dana\", \"questions\": [\"improve\"]}"
                        .formatted(sentAt));
    }

    private static List<String> feedback(ApiClient api, String application, Instant receivedAt, int points) {
        String statements = String.join(", ", Collections.nCopies(points,
                "{\"text\": \"Interrupted the panel\"}"));
        return api.accepted("/api/v1/applications/" + application + "/feedback",
                        "{\"receivedAt\": \"%s\", \"points\": [%s]}".formatted(receivedAt, statements))
                .get("pointIds").valueStream().map(JsonNode::asString).toList();
    }

    private static String point(String pointId, String verdict, String... weaknesses) {
        return JSON.writeValueAsString(Map.of("pointId", pointId, "verdict", verdict, "ringsTrue", 4,
                "credibility", 4, "weaknesses", List.of(weaknesses)));
    }

    private static void evaluate(ApiClient api, String application, Instant evaluatedAt, String... points) {
        api.accepted("/api/v1/applications/" + application + "/evaluation",
                "{\"evaluatedAt\": \"%s\", \"points\": [%s]}".formatted(evaluatedAt, String.join(", ", points)));
    }
}
