package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static dev.rebound.web.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One candidate's months of job search through the public API, on PostgreSQL: several employers, interviews,
 * rejections, feedback asked for, received and declined, evaluations, thank-you notes, practice and an offer, with
 * the refusals a careless client would meet on the way.
 */
@ReboundHttpTest
class FeedbackCycleJourneyHttpTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(60));

    private Instant day(int days, int hours) {
        return start.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    private LocalDate date(int days) {
        return LocalDate.ofInstant(day(days, 0), ZoneOffset.UTC);
    }

    @Test
    void candidateWorksThroughRejectionsToAnOffer() {
        ApiClient api = new ApiClient(port, TOKEN);
        String candidate = "/api/v1/candidates/" + UUID.randomUUID();

        // --- four applications at three employers; the same employer is recognised under another spelling
        JsonNode acme = api.accepted(candidate + "/applications", """
                {"employerName": "Acme Analytics, Inc.", "roleTitle": "Data Analyst", "appliedOn": "%s",
                 "source": "referral", "jobUrl": "https://jobs.example/acme/1"}""".formatted(date(0)));
        JsonNode globex = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Globex\", \"roleTitle\": \"Analytics Engineer\"}");
        JsonNode initech = api.accepted(candidate + "/applications",
                "{\"employerName\": \"Initech\", \"roleTitle\": \"BI Developer\", \"appliedOn\": \"%s\"}"
                        .formatted(date(1)));
        JsonNode acmeAgain = api.accepted(candidate + "/applications",
                "{\"employerName\": \"acme analytics\", \"roleTitle\": \"Senior Analyst\"}");
        assertThat(acmeAgain.get("employerId")).isEqualTo(acme.get("employerId"));
        String a1 = "/api/v1/applications/" + acme.get("applicationId").asString();
        String a2 = "/api/v1/applications/" + globex.get("applicationId").asString();
        String a3 = "/api/v1/applications/" + initech.get("applicationId").asString();
        String a4 = "/api/v1/applications/" + acmeAgain.get("applicationId").asString();

        // --- interviews with self-reflection
        api.accepted(a1 + "/interviews", """
                {"stage": "SCREENING", "heldOn": "%s", "interviewers": ["Dana"]}""".formatted(date(3)));
        api.accepted(a1 + "/interviews", """
                {"stage": "TECHNICAL", "heldOn": "%s", "interviewers": ["Dana", "Lee"],
                 "reflection": {"preparedBehavioralAnswers": true, "askedThoughtfulQuestions": false,
                                "dressedForCulture": true, "notes": "Froze on the statistics question"}}"""
                .formatted(date(6)));
        api.accepted(a2 + "/interviews", "{\"stage\": \"ONSITE\", \"heldOn\": \"%s\"}".formatted(date(8)));
        api.accepted(a3 + "/interviews", "{\"stage\": \"FINAL\", \"heldOn\": \"%s\"}".formatted(date(9)));

        // --- no feedback before a rejection
        assertThat(problem(api.post(a1 + "/feedback-requests", request(day(7, 0), "\"weak-areas\"")), 409)
                .get("detail").asString()).contains("only after a rejection");

        // --- Acme says no; feedback asked for within the day, with catalogue and own questions
        api.accepted(a1 + "/rejection", """
                {"receivedAt": "%s", "stageReached": "TECHNICAL", "channel": "EMAIL",
                 "reasonGiven": "Went with a more senior candidate"}""".formatted(day(10, 9)));
        JsonNode asked = api.accepted(a1 + "/feedback-requests", request(day(10, 15),
                "\"weak-areas\", {\"key\": \"improve\"}, {\"text\": \"Which project should I have explained better?\"}"));
        assertThat(asked.get("requestNumber").asInt()).isEqualTo(1);
        assertThat(asked.get("withinDayOfRejection").asBoolean()).isTrue();
        assertThat(asked.get("toneWarnings")).isEmpty();

        JsonNode thanks = api.accepted(candidate + "/employer-contacts", contact(acme.get("employerId").asString(),
                day(10, 16), "THANK_YOU", "Thank you for your time and the clear process; please keep me in mind."));
        assertThat(thanks.get("contactId").asString()).isNotBlank();
        assertThat(thanks.get("toneWarnings")).isEmpty();

        // --- the answer comes; evaluating it the same afternoon needs "early"
        JsonNode feedback = api.accepted(a1 + "/feedback", """
                {"receivedAt": "%s", "specificity": "SPECIFIC", "giver": {"name": "Dana", "role": "Hiring manager"},
                 "points": [{"text": "Interrupted the panel several times"},
                            {"text": "Strong SQL, but shallow on statistics"}]}""".formatted(day(12, 10)));
        List<String> points = feedback.get("pointIds").valueStream().map(JsonNode::asString).toList();
        assertThat(points).hasSize(2).doesNotHaveDuplicates();
        assertThat(feedback.get("evaluationDueAt").asString()).isEqualTo(String.valueOf(day(13, 10)));

        String listening = evaluation(day(12, 14), false, points.get(0), "ACCEPTED", "communication.active-listening");
        assertThat(problem(api.post(a1 + "/evaluation", listening), 409).get("detail").asString())
                .contains("cooling-off period ends at " + day(13, 10));
        api.accepted(a1 + "/evaluation", evaluation(day(12, 14), true, points.get(0), "ACCEPTED",
                "communication.active-listening"));
        api.accepted(a1 + "/evaluation", evaluation(day(14, 9), false, points.get(1), "PARTLY",
                "technology.technical-depth"));
        assertThat(problem(api.post(a1 + "/evaluation", evaluation(day(15, 9), false, points.get(1), "REJECTED")),
                409).get("rule").asString()).isEqualTo("already-evaluated");

        // --- Globex: asked late, then they decline; no further request
        api.accepted(a2 + "/rejection",
                "{\"receivedAt\": \"%s\", \"stageReached\": \"ONSITE\", \"channel\": \"PHONE\"}".formatted(day(11, 9)));
        assertThat(api.accepted(a2 + "/feedback-requests", request(day(14, 9), "\"interview-advice\""))
                .get("withinDayOfRejection").asBoolean()).isFalse();
        api.accepted(a2 + "/feedback-declined",
                "{\"receivedAt\": \"%s\", \"note\": \"Company policy\"}".formatted(day(15, 9)));
        assertThat(problem(api.post(a2 + "/feedback-requests", request(day(16, 9), "\"improve\"")), 409)
                .get("rule").asString()).isEqualTo("feedback-declined");
        assertThat(problem(api.post(a2 + "/evaluation", evaluation(day(16, 9), false, points.get(0), "ACCEPTED")),
                409).get("rule").asString()).isEqualTo("evaluation-before-feedback");

        // --- a harsh message is recorded with its warnings, never blocked
        JsonNode harsh = api.accepted(candidate + "/employer-contacts", contact(globex.get("employerId").asString(),
                day(15, 12), "OTHER", "Honestly, that decision was unfair and your interviewer was rude."));
        assertThat(harsh.get("toneWarnings").findValuesAsString("phrase")).contains("unfair", "rude");
        assertThat(harsh.get("toneWarnings").findValuesAsString("issue")).contains("BLAMING", "INSULT");

        // --- Initech: one request, then do-not-contact is respected until lifted; at most two requests
        api.accepted(a3 + "/rejection",
                "{\"receivedAt\": \"%s\", \"stageReached\": \"FINAL\", \"channel\": \"PORTAL\"}".formatted(day(20, 9)));
        api.accepted(a3 + "/feedback-requests", request(day(20, 10), "\"skills-to-develop\""));
        String initechEmployer = candidate + "/employers/" + initech.get("employerId").asString() + "/do-not-contact";
        assertThat(api.send("PUT", initechEmployer, "{\"doNotContact\": true, \"reason\": \"Asked me to stop\"}")
                .statusCode()).isEqualTo(204);
        assertThat(problem(api.post(a3 + "/feedback-requests", request(day(27, 10), "\"improve\"")), 409)
                .get("rule").asString()).isEqualTo("do-not-contact");
        assertThat(problem(api.post(candidate + "/employer-contacts", contact(initech.get("employerId").asString(),
                day(27, 11), "KEEP_IN_TOUCH", "Hello again")), 409).get("rule").asString()).isEqualTo("do-not-contact");
        assertThat(api.send("PUT", initechEmployer, "{\"doNotContact\": false}").statusCode()).isEqualTo(204);
        assertThat(api.accepted(a3 + "/feedback-requests", request(day(28, 10), "\"improve\""))
                .get("requestNumber").asInt()).isEqualTo(2);
        assertThat(problem(api.post(a3 + "/feedback-requests", request(day(35, 10), "\"keep-doing\"")), 409)
                .get("rule").asString()).isEqualTo("feedback-request-limit");

        // --- practice on the accepted weakness, then the happy end
        JsonNode practice = api.accepted(candidate + "/practice-sessions", """
                {"heldOn": "%s", "type": "MOCK_INTERVIEW", "minutes": 45,
                 "weaknesses": ["communication.active-listening"], "selfRating": 3,
                 "notes": "Let the interviewer finish every question"}""".formatted(date(30)));
        assertThat(practice.get("practiceSessionId").asString()).isNotBlank();
        api.accepted(a4 + "/interviews", "{\"stage\": \"PANEL\", \"heldOn\": \"%s\"}".formatted(date(40)));
        api.accepted(a4 + "/offer", "{\"receivedAt\": \"%s\", \"note\": \"Start in May\"}".formatted(day(45, 9)));
        assertThat(problem(api.post(a4 + "/offer", "{\"receivedAt\": \"%s\"}".formatted(day(46, 9))), 409)
                .get("rule").asString()).isEqualTo("already-offered");

        // --- what a careless client meets: malformed → 400, field rules → 422, unknown → 404, future → 409
        problem(api.post(a1 + "/interviews", "{\"stage\": "), 400);
        problem(api.post("/api/v1/applications/not-a-uuid/interviews", "{}"), 400);
        assertThat(problem(api.post(a1 + "/interviews", "{\"heldOn\": \"%s\"}".formatted(date(6))), 422)
                .get("errors").findValuesAsString("field")).containsExactly("stage");
        assertThat(problem(api.post(a1 + "/evaluation", evaluation(day(20, 0), false, points.get(1), "MAYBE")), 422)
                .get("errors").findValuesAsString("field")).containsExactly("points[0].verdict");
        assertThat(problem(api.post(a1 + "/evaluation",
                evaluation(day(20, 0), false, points.get(1), "ACCEPTED", "communication.mumbling")), 422)
                .get("errors").findValuesAsString("field")).containsExactly("points[0].weaknesses[0]");
        assertThat(problem(api.post(a1 + "/evaluation", """
                {"evaluatedAt": "%s", "points": [{"pointId": "%s", "verdict": "ACCEPTED", "ringsTrue": 7}]}"""
                .formatted(day(20, 0), points.get(1))), 422)
                .get("errors").findValuesAsString("field")).containsExactly("points[0].ringsTrue");
        assertThat(problem(api.post(a1 + "/feedback-requests", request(day(20, 0), "\"what-is-your-salary\"")), 422)
                .get("errors").findValuesAsString("field")).containsExactly("questions[0].key");
        problem(api.post(candidate + "/practice-sessions",
                "{\"heldOn\": \"%s\", \"type\": \"JUGGLING\", \"minutes\": 30}".formatted(date(30))), 422);
        problem(api.post(candidate + "/practice-sessions",
                "{\"heldOn\": \"%s\", \"type\": \"READING\", \"minutes\": 0}".formatted(date(30))), 422);
        problem(api.post("/api/v1/applications/" + UUID.randomUUID() + "/offer",
                "{\"receivedAt\": \"%s\"}".formatted(day(1, 0))), 404);
        problem(api.post(candidate + "/employer-contacts", contact(UUID.randomUUID().toString(), day(20, 0),
                "THANK_YOU", "Thanks")), 404);
        assertThat(problem(api.post(a4 + "/interviews",
                "{\"stage\": \"FINAL\", \"heldOn\": \"%s\"}".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(3))),
                409).get("rule").asString()).isEqualTo("occurred-at-in-future");

        // --- exactly what was accepted is stored, nothing that was refused
        assertThat(eventTypes(acme)).containsExactly("ApplicationTracked", "InterviewRecorded", "InterviewRecorded",
                "RejectionReceived", "FeedbackRequested", "FeedbackReceived", "FeedbackEvaluated",
                "FeedbackEvaluated");
        assertThat(eventTypes(globex)).containsExactly("ApplicationTracked", "InterviewRecorded",
                "RejectionReceived", "FeedbackRequested", "FeedbackDeclined");
        assertThat(eventTypes(initech)).containsExactly("ApplicationTracked", "InterviewRecorded",
                "RejectionReceived", "FeedbackRequested", "FeedbackRequested");
        assertThat(eventTypes(acmeAgain)).containsExactly("ApplicationTracked", "InterviewRecorded",
                "OfferReceived");
        assertThat(relationshipEventTypes(acme)).containsExactly("EmployerRelationshipStarted", "EmployerContacted");
        assertThat(relationshipEventTypes(initech)).containsExactly("EmployerRelationshipStarted",
                "DoNotContactSet", "DoNotContactLifted");
    }

    private static String request(Instant sentAt, String questions) {
        return """
                {"sentAt": "%s", "channel": "EMAIL", "contactName": "Dana Recruiter", "questions": [%s]}"""
                .formatted(sentAt, questions);
    }

    private static String contact(String employerId, Instant at, String purpose, String message) {
        return """
                {"employerId": "%s", "contactedAt": "%s", "direction": "OUTBOUND", "channel": "EMAIL",
                 "purpose": "%s", "contactName": "Dana", "message": "%s"}""".formatted(employerId, at, purpose, message);
    }

    private static String evaluation(Instant at, boolean early, String point, String verdict, String... weaknesses) {
        String keys = String.join(", ", List.of(weaknesses).stream().map(key -> "\"" + key + "\"").toList());
        return """
                {"evaluatedAt": "%s", "early": %s, "fitNotes": "Prefers smaller teams",
                 "points": [{"pointId": "%s", "verdict": "%s", "ringsTrue": 4, "credibility": 5,
                             "weaknesses": [%s]}]}""".formatted(at, early, point, verdict, keys);
    }

    /** Event types of an application's stream, leaving out reminders (the deadline scheduler may add them). */
    private List<String> eventTypes(JsonNode tracked) {
        return types(tracked.get("applicationId").asString()).stream()
                .filter(type -> !type.endsWith("Due") && !type.endsWith("TimedOut"))
                .toList();
    }

    private List<String> relationshipEventTypes(JsonNode tracked) {
        return types(tracked.get("employerId").asString());
    }

    private List<String> types(String aggregateId) {
        return JdbcClient.create(dataSource)
                .sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number")
                .param(aggregateId)
                .query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }
}
