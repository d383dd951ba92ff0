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
 * Organization analytics through the public API, on PostgreSQL: five candidates' applications, rejections, feedback
 * cycles, practice and an offer recorded through the command endpoints, read back as exactly known cohort figures
 * that name no one; and no group smaller than {@code rebound.analytics.minimum-cohort} (5, the default, in the
 * shared application) described.
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
        // an organization of its own: the figures are the whole organization's; five candidates, exactly the minimum
        NewOrganization organization = NewOrganization.create(port, "Analytics Co-op");
        ApiClient api = organization.admin();
        String analytics = "/api/v1/organizations/" + organization.id() + "/analytics";
        String ada = organization.candidate("Ada");
        String ben = organization.candidate("Ben");
        String cem = organization.candidate("Cem");
        String dee = organization.candidate("Dee");
        String eve = organization.candidate("Eve");

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

        // Cem, Vandelay: screening; asked within 2 h; answered 12 h later; clarity, then practised
        String vandelay = track(api, cem, "Vandelay");
        reject(api, vandelay, day(40, 9), "SCREENING");
        request(api, vandelay, day(40, 11));
        evaluate(api, vandelay, day(42, 9), point(feedback(api, vandelay, day(40, 23), 1).getFirst(), "ACCEPTED",
                "communication.clarity"));
        practise(api, cem, date(43), "communication.clarity");
        // Dee, Soylent: screening; feedback unasked; clarity, then practised
        String soylent = track(api, dee, "Soylent");
        reject(api, soylent, day(41, 9), "SCREENING");
        evaluate(api, soylent, day(44, 9), point(feedback(api, soylent, day(42, 9), 1).getFirst(), "ACCEPTED",
                "communication.clarity"));
        practise(api, dee, date(45), "communication.clarity");
        // Eve, Tyrell: screening; feedback unasked; clarity and confidence partly; Eve, Wonka: screening, nothing more
        String tyrell = track(api, eve, "Tyrell");
        reject(api, tyrell, day(42, 9), "SCREENING");
        evaluate(api, tyrell, day(45, 9), point(feedback(api, tyrell, day(43, 9), 1).getFirst(), "PARTLY",
                "communication.clarity", "communication.confidence"));
        reject(api, track(api, eve, "Wonka"), day(43, 9), "SCREENING");

        // rejections 8, within 24 h: acme (exactly), initech, vandelay → 0.375; asked 5, answered 4 → 0.8; hours 6,
        // 10, 12, 14 → median 11; mentions: communication 6 from all five candidates; teamwork and technology (tools
        // was rejected) from Ada alone → withheld; weaknesses: Ada's listening and collaboration, Cem's and Dee's
        // clarity improving (practised); Ada's technical depth, Ben's listening, Eve's clarity and confidence open →
        // 4 of 8, from five candidates
        JsonNode expected = JSON.readTree("""
                {"feedbackRequestedWithin24hRate": 0.375, "feedbackResponseRate": 0.8, "medianHoursToFeedback": 11.0,
                 "weaknessByCompetency": {"career-development": 0, "communication": 6, "critical-thinking": 0,
                                          "equity-inclusion": 0, "leadership": 0, "professionalism": 0,
                                          "teamwork": null, "technology": null},
                 "improvementRate": 0.5, "offers": 1, "rejections": 8, "applications": 9, "candidates": 5,
                 "furthestStages": {"OTHER": 1, "SCREENING": 4, "TECHNICAL": 1, "ONSITE": 1, "PANEL": 1,
                                    "FINAL": 1},
                 "suppressed": false, "suppressedReason": null}""");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> response = api.get(analytics);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response)).isEqualTo(expected);
        });

        HttpResponse<String> figures = api.get(analytics);
        JsonNode body = json(figures);
        assertThat(body.propertyNames()).containsExactly("feedbackRequestedWithin24hRate", "feedbackResponseRate",
                "medianHoursToFeedback", "weaknessByCompetency", "improvementRate", "offers", "rejections",
                "applications", "candidates", "furthestStages", "suppressed", "suppressedReason");
        assertThat(body.get("weaknessByCompetency").propertyNames()).containsExactly("career-development",
                "communication", "critical-thinking", "equity-inclusion", "leadership", "professionalism",
                "teamwork", "technology");
        assertThat(body.get("furthestStages").propertyNames())
                .containsExactly("OTHER", "SCREENING", "TECHNICAL", "ONSITE", "PANEL", "FINAL");
        assertThat(figures.body()).doesNotContain(ada, ben, cem, dee, eve, acme, globex, initech, vandelay, "Acme",
                "Globex", "Initech", "Vandelay", "Dana", "interrupted");

        // another tenant's id in the path is answered as if it did not exist
        problem(api.get("/api/v1/organizations/" + UUID.randomUUID() + "/analytics"), 404);
        problem(api.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001/analytics"), 404);
        assertThat(new ApiClient(port, null).get(analytics).statusCode()).isEqualTo(401);
    }

    @Test
    void aCohortOfFourIsWithheldWhollyAndTheFifthCandidateBringsTheFigures() {
        NewOrganization organization = NewOrganization.create(port, "Small Co-op");
        ApiClient api = organization.admin();
        String analytics = "/api/v1/organizations/" + organization.id() + "/analytics";
        for (String name : List.of("Ada", "Ben", "Cem", "Dee")) {
            String candidate = organization.candidate(name);
            String application = track(api, candidate, name + "'s Employer");
            reject(api, application, day(10, 9), "ONSITE");
            evaluate(api, application, day(13, 9), point(feedback(api, application, day(11, 9), 1).getFirst(),
                    "ACCEPTED", "communication.clarity"));
        }
        awaitAnalyticsCaughtUp();

        HttpResponse<String> withheld = api.get(analytics);
        assertThat(withheld.statusCode()).isEqualTo(200);
        assertThat(json(withheld)).isEqualTo(JSON.readTree("""
                {"feedbackRequestedWithin24hRate": null, "feedbackResponseRate": null, "medianHoursToFeedback": null,
                 "weaknessByCompetency": null, "improvementRate": null, "offers": null, "rejections": null,
                 "applications": null, "candidates": null, "furthestStages": null, "suppressed": true,
                 "suppressedReason": "Fewer than 5 candidates: figures are withheld so that no one can be singled out."}
                """));

        track(api, organization.candidate("Eve"), "Eve's Employer");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode figures = json(api.get(analytics));
            assertThat(figures.get("suppressed").asBoolean()).isFalse();
            assertThat(figures.get("candidates").asLong()).isEqualTo(5);
            assertThat(figures.get("rejections").asLong()).isEqualTo(4);
            // four candidates were mentioned in communication: one fewer than the minimum
            assertThat(figures.get("weaknessByCompetency").get("communication").isNull()).isTrue();
            assertThat(figures.get("improvementRate").isNull()).isTrue();
        });
    }

    /** Until the analytics read model has handled every event stored so far: a withheld answer looks the same early. */
    private void awaitAnalyticsCaughtUp() {
        ApiClient platform = new ApiClient(port, ReboundHttpTest.TOKEN);
        long head = analyticsStatus(platform).get("headPosition").asLong();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> analyticsStatus(platform).get("position").asLong() >= head);
    }

    private static JsonNode analyticsStatus(ApiClient platform) {
        return json(platform.get("/api/v1/admin/projections")).get("items").valueStream()
                .filter(model -> "analytics".equals(model.get("name").asString())).findFirst().orElseThrow();
    }

    private static void practise(ApiClient api, String candidate, LocalDate heldOn, String weakness) {
        api.accepted("/api/v1/candidates/" + candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 30, "selfRating": 3, "weaknesses": ["%s"]}"""
                .formatted(heldOn, weakness));
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
