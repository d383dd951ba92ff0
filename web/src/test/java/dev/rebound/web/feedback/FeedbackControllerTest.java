package dev.rebound.web.feedback;

import dev.rebound.api.application.command.EvaluateFeedback;
import dev.rebound.api.application.command.RequestFeedback;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static dev.rebound.web.security.Slices.anonymous;
import static dev.rebound.web.security.Slices.call;
import static dev.rebound.web.security.Slices.invalidField;
import static dev.rebound.web.security.Slices.malformedField;
import static dev.rebound.web.security.Slices.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The error answers of the feedback cycle: request, feedback, decline, evaluation. */
@ApiSliceTest
class FeedbackControllerTest {

    private static final String APPLICATION = "/api/v1/applications/" + UUID.randomUUID();
    private static final String EVALUATION = """
            {"evaluatedAt": "2026-03-05T10:00:00Z",
             "points": [{"pointId": "0b6f3c2a-1d4e-4f5a-8b9c-0d1e2f3a4b5c", "verdict": "ACCEPTED"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @ParameterizedTest
    @ValueSource(strings = {"/feedback-requests", "/feedback", "/feedback-declined", "/evaluation"})
    void malformedJsonIsABadRequest(String path) throws Exception {
        mvc.perform(call("POST", APPLICATION + path, "[{\"points\"")).andExpect(problem(400, "malformed-request"));
        verifyNoInteractions(commands);
    }

    @Test
    void applicationIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("POST", "/api/v1/applications/42/evaluation", EVALUATION))
                .andExpect(malformedField("applicationId"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /feedback-requests | {"channel": "EMAIL", "questions": ["weak-areas"]}                  | sentAt
            /feedback-requests | {"sentAt": "2026-03-02T10:00:00Z", "channel": "EMAIL", "questions": []} | questions
            /feedback          | {"receivedAt": "2026-03-03T10:00:00Z", "points": [{"text": " "}]} | points[0].text
            /feedback          | {"receivedAt": "2026-03-03T10:00:00Z"}                              | points
            /feedback-declined | {"note": "when?"}                                                   | receivedAt
            /evaluation        | {"evaluatedAt": "2026-03-05T10:00:00Z", "points": [{"verdict": "ACCEPTED"}]} | points[0].pointId
            """)
    void missingRequiredFieldsAreListedAsUnprocessable(String path, String body, String field) throws Exception {
        mvc.perform(call("POST", APPLICATION + path, body)).andExpect(invalidField(field));
        verifyNoInteractions(commands);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /feedback-requests | {"sentAt": "2026-03-02T10:00:00Z", "channel": "EMAIL", "questions": ["not-a-key"]} | questions[0].key
            /feedback-requests | {"sentAt": "2026-03-02T10:00:00Z", "channel": "FAX", "questions": ["weak-areas"]} | channel
            /feedback          | {"receivedAt": "2026-03-03T10:00:00Z", "points": [{"text": "x"}], "specificity": "VERY"} | specificity
            /evaluation        | {"evaluatedAt": "2026-03-05T10:00:00Z", "points": [{"pointId": "0b6f3c2a-1d4e-4f5a-8b9c-0d1e2f3a4b5c", "verdict": "MAYBE"}]} | points[0].verdict
            /evaluation        | {"evaluatedAt": "2026-03-05T10:00:00Z", "points": [{"pointId": "0b6f3c2a-1d4e-4f5a-8b9c-0d1e2f3a4b5c", "verdict": "ACCEPTED", "ringsTrue": 6}]} | points[0].ringsTrue
            /evaluation        | {"evaluatedAt": "2026-03-05T10:00:00Z", "points": [{"pointId": "0b6f3c2a-1d4e-4f5a-8b9c-0d1e2f3a4b5c", "verdict": "ACCEPTED", "weaknesses": ["charm"]}]} | points[0].weaknesses[0]
            /evaluation        | {"evaluatedAt": "2026-03-05T10:00:00Z", "points": [{"pointId": "not-a-uuid", "verdict": "ACCEPTED"}]} | points[0].pointId
            """)
    void unknownKeysEnumsAndOutOfRangeValuesAreUnprocessable(String path, String body, String field)
            throws Exception {
        mvc.perform(call("POST", APPLICATION + path, body)).andExpect(invalidField(field));
        verifyNoInteractions(commands);
    }

    @Test
    void evaluationInsideTheCoolingOffPeriodIsAConflict() throws Exception {
        given(commands.sendAndWait(any(EvaluateFeedback.class))).willThrow(new RuleViolation("cooling-off",
                "The cooling-off period ends at 2026-03-06T10:00:00Z; evaluate then, or set early: true."));

        mvc.perform(call("POST", APPLICATION + "/evaluation", EVALUATION))
                .andExpect(problem(409, "rule-violated"))
                .andExpect(jsonPath("$.rule").value("cooling-off"));
    }

    @Test
    void unknownApplicationIsNotFound() throws Exception {
        given(commands.sendAndWait(any(RequestFeedback.class))).willThrow(
                new AggregateNotFoundException("x", "no such aggregate"));

        mvc.perform(call("POST", APPLICATION + "/feedback-requests",
                        "{\"sentAt\": \"2026-03-02T10:00:00Z\", \"channel\": \"EMAIL\", \"questions\": [\"improve\"]}"))
                .andExpect(problem(404, "not-found"));
    }

    @Test
    void withoutATokenNothingIsSent() throws Exception {
        mvc.perform(anonymous("POST", APPLICATION + "/evaluation", EVALUATION))
                .andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(commands);
    }
}
