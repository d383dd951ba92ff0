package dev.rebound.web.practice;

import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.improvement.command.LogPracticeSession;
import dev.rebound.web.security.ApiSliceTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

/** The error answers of logging practice. */
@ApiSliceTest
class PracticeControllerTest {

    private static final String SESSIONS = "/api/v1/candidates/" + UUID.randomUUID() + "/practice-sessions";
    private static final String SESSION = "{\"heldOn\": \"2026-03-04\", \"type\": \"READING\", \"minutes\": 30}";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(call("POST", SESSIONS, "{heldOn: 2026-03-04}")).andExpect(problem(400, "malformed-request"));
    }

    @Test
    void candidateIdThatIsNotAUuidIsABadRequest() throws Exception {
        mvc.perform(call("POST", "/api/v1/candidates/me/practice-sessions", SESSION))
                .andExpect(malformedField("candidateId"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"type": "READING", "minutes": 30}                                          | heldOn
            {"heldOn": "2026-03-04", "type": "YOGA", "minutes": 30}                     | type
            {"heldOn": "2026-03-04", "type": "READING", "minutes": 0}                   | minutes
            {"heldOn": "2026-03-04", "type": "READING", "minutes": "half an hour"}      | minutes
            {"heldOn": "2026-03-04", "type": "READING", "minutes": 30, "selfRating": 9} | selfRating
            {"heldOn": "2026-03-04", "type": "READING", "minutes": 30, "weaknesses": ["charm"]} | weaknesses[0]
            """)
    void missingFieldsUnknownValuesAndWrongTypesAreUnprocessable(String body, String field) throws Exception {
        mvc.perform(call("POST", SESSIONS, body)).andExpect(invalidField(field));
        verifyNoInteractions(commands);
    }

    @Test
    void sessionInTheFutureIsAConflict() throws Exception {
        given(commands.sendAndWait(any(LogPracticeSession.class))).willThrow(new RuleViolation(
                "occurred-at-in-future", "heldOn lies in the future; log a session once it took place."));

        mvc.perform(call("POST", SESSIONS, SESSION))
                .andExpect(problem(409, "rule-violated"))
                .andExpect(jsonPath("$.rule").value("occurred-at-in-future"));
    }

    @Test
    void withoutATokenNothingIsSent() throws Exception {
        mvc.perform(anonymous("POST", SESSIONS, SESSION)).andExpect(problem(401, "unauthenticated"));
        verifyNoInteractions(commands);
    }
}
